import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/test';

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../public/examples', name), 'utf8');

test('presenter mode: larger type, the dock hidden, 1x speed, and the camera follows an event', async ({
  editor,
}) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('fan-out.eventflow.json'));
  await editor.node('checkout').waitFor();
  await run.speed('max');
  const fontBefore = await page
    .getByTestId('canvas.node.checkout')
    .locator('.fc-card-label')
    .evaluate((el) => getComputedStyle(el).fontSize);

  await page.getByTestId('presenter.toggle').click();
  await expect(page.getByTestId('app')).toHaveClass(/is-presenter/);
  await expect(page.getByTestId('presenter.toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tabpanel')).toHaveCount(0);
  await expect(page.getByTestId('run.speed')).toHaveValue('1');
  const fontAfter = await page
    .getByTestId('canvas.node.checkout')
    .locator('.fc-card-label')
    .evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(fontAfter)).toBeGreaterThan(parseFloat(fontBefore));

  await run.button('start').click();
  await run.expectStatus('running');
  await page.getByTestId('canvas.follow').click();
  const following = page.getByTestId('canvas.follow.stop');
  await expect(following).toHaveText(/Following trace #\d+/, { timeout: 15_000 });
  const traceId = Number(await following.getAttribute('data-trace'));
  expect(traceId).toBeGreaterThan(0);
  // The followed event's path lights up on the canvas.
  await expect(page.locator('[data-trace="on"]').first()).toBeVisible();
  await editor.shot('presenter-following');
  await page.keyboard.press('Alt+P');
  await expect(page.getByTestId('app')).not.toHaveClass(/is-presenter/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('canvas.follow')).toBeVisible();
  await run.button('stop').click();
});

test('a view-only link opens without palette, inspector or editing, and runs', async ({
  editor,
  browser,
}) => {
  const { page } = editor;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('rest-api.eventflow.json'));
  await editor.node('checkout').waitFor();
  await page.getByTestId('share.menu').click();
  await page.getByTestId('share.copyViewLink').click();
  await expect(editor.toast('success').filter({ hasText: 'Copied the view-only link' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash.startsWith('#view=1&flow=')).toBe(true);

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const viewer = await other.newPage();
    await viewer.goto(link);
    await expect(viewer.getByTestId('flow.title')).toHaveText('Orders REST API');
    await expect(viewer.getByTestId('app')).toHaveClass(/is-readonly/);
    await expect(viewer.getByRole('complementary', { name: 'Palette' })).toBeHidden();
    await expect(viewer.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
    await expect(viewer.getByTestId('share.menu')).toBeHidden();
    await expect(viewer.getByTestId('run.seed')).toBeHidden();
    // Nodes do not move: a drag leaves the flow as it was.
    const before = await viewer.evaluate(() => window.__eventflow!.getFlow().nodes[0]!.position);
    const card = viewer.getByTestId('canvas.node.checkout');
    const box = (await card.boundingBox())!;
    await viewer.mouse.move(box.x + 20, box.y + 20);
    await viewer.mouse.down();
    await viewer.mouse.move(box.x + 140, box.y + 90, { steps: 8 });
    await viewer.mouse.up();
    expect(await viewer.evaluate(() => window.__eventflow!.getFlow().nodes[0]!.position)).toEqual(before);
    await viewer.getByTestId('run.speed').selectOption('max');
    await viewer.getByTestId('run.start').click();
    await expect(viewer.getByTestId('run.progress')).toHaveAttribute('data-status', 'done', {
      timeout: 45_000,
    });
    await viewer.screenshot({ path: path.resolve(import.meta.dirname, '../screenshots/view-only.png') });
    await viewer.getByTestId('presenter.edit').click();
    await expect(viewer.getByRole('complementary', { name: 'Palette' })).toBeVisible();
    expect(new URL(viewer.url()).hash).toBe('');
  } finally {
    await other.close();
  }
});
