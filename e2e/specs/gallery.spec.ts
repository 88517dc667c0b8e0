import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { EditorPage } from '../pages/EditorPage';

const card = (page: Page, file: string) => page.getByTestId(`gallery.card.${file}`);

/** Two animation frames: anything the page was going to render by now is on screen. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the gallery shows every example with a thumbnail, opens one, and the example runs', async ({
  editor,
  page,
}) => {
  await expect(editor.title()).toHaveText('Orders REST API');
  await page.getByTestId('gallery.open').click();
  const dialog = page.getByTestId('gallery.dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId(/^gallery\.card\./)).toHaveCount(12);

  // Each thumbnail is drawn from the example's own file: fan-out has 9 nodes and 8 connections.
  const fanOut = card(page, 'fan-out.eventflow.json');
  await expect(fanOut).toContainText('SNS fan-out with a DLQ');
  await expect(fanOut).toContainText('a dead-letter queue catches what billing cannot process');
  await expect(fanOut).toContainText('Filter policies');
  await expect(fanOut.locator('svg rect')).toHaveCount(9);
  await expect(fanOut.locator('svg line')).toHaveCount(8);
  // Coloured by category: a topic and four queues are routers, three functions compute.
  await expect(fanOut.locator('svg rect.gallery-thumb-router')).toHaveCount(5);
  await expect(fanOut.locator('svg rect.gallery-thumb-compute')).toHaveCount(3);
  await expect(card(page, 'scheduled-batch.eventflow.json').locator('svg rect')).toHaveCount(3);
  await editor.shot('gallery');

  await card(page, 'order-routing.eventflow.json').click();
  await expect(dialog).toBeHidden();
  await expect(editor.title()).toHaveText('Order routing with EventBridge');
  await expect(editor.node('ordersBus')).toBeVisible();
  expect((await editor.flow()).nodes.some((n) => n.kind === 'bus')).toBe(true);
  await expect(editor.toast('success')).toContainText('Opened Order routing with EventBridge');
  await expect(editor.toast('success')).toContainText('Orders REST API, is kept in File › Recent');

  // The flow open before is in Recent (the files feature saw the document replaced).
  await expect(await editor.files.recentEntry('Orders REST API')).toBeVisible();
  await editor.files.close();

  await editor.run.start('max');
  await editor.run.expectStatus('done', 45_000);
  expect(await editor.run.virtualMs()).toBe(30_000);
});

test('the gallery works from the keyboard: arrows move, Enter opens, Escape closes', async ({
  editor,
  page,
}) => {
  const button = page.getByTestId('gallery.open');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('gallery.dialog');
  await expect(card(page, 'rest-api.eventflow.json')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'upload-pipeline.eventflow.json')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(card(page, 'rest-api.eventflow.json')).toBeFocused();

  // Down lands on the card right below, whatever the number of columns.
  const first = (await card(page, 'rest-api.eventflow.json').boundingBox())!;
  await page.keyboard.press('ArrowDown');
  const below = page.locator('[data-testid^="gallery.card."]:focus');
  const box = (await below.boundingBox())!;
  expect(box.x).toBeCloseTo(first.x, 0);
  expect(box.y).toBeGreaterThan(first.y + first.height);
  await page.keyboard.press('End');
  await expect(card(page, 'retry-storm.eventflow.json')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor.title()).toHaveText('Orders REST API');

  await button.click();
  await expect(card(page, 'retry-storm.eventflow.json')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editor.title()).toHaveText('Retry storm and a queue that smooths it');
});

test('the tour: ?tour=1 shows it on a first visit; it steps, skips, and stays away after a reload', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const popover = page.getByTestId('tour.popover');
  const step = page.getByTestId('tour.step');

  // Test browsers never see it by themselves (navigator.webdriver), so other specs are unaffected.
  await page.goto('/');
  await page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
  await settle(page);
  await expect(popover).toHaveCount(0);

  await page.goto('/?tour=1');
  await expect(popover).toBeVisible();
  await expect(step).toHaveAttribute('data-step', '1');
  await expect(step).toHaveText('1 of 6');
  await expect(popover).toContainText('The palette');
  await expect(page.getByTestId('tour.back')).toBeDisabled();
  await expectRingAround(page, page.getByRole('complementary', { name: 'Palette' }));

  await page.getByTestId('tour.next').click();
  await expect(step).toHaveAttribute('data-step', '2');
  await expect(popover).toContainText('The canvas');
  await expectRingAround(page, page.getByRole('main', { name: 'Canvas' }));
  await page.getByTestId('tour.back').click();
  await expect(step).toHaveAttribute('data-step', '1');
  for (const n of ['2', '3', '4']) {
    await page.getByTestId('tour.next').click();
    await expect(step).toHaveAttribute('data-step', n);
  }
  await expect(popover).toContainText('Run it');
  await expectRingAround(page, page.getByTestId('run.start'));
  await expectRingAround(page, page.getByTestId('run.speed'));
  await editor.shot('tour-run');
  await page.getByTestId('tour.next').click();
  await expectRingAround(page, page.getByTestId('dock'));

  // Clicks outside the popover do not reach the page behind it: the card is not selected.
  const checkout = (await editor.node('checkout').boundingBox())!;
  await page.mouse.click(checkout.x + checkout.width / 2, checkout.y + checkout.height / 2);
  expect((await editor.selection()).nodeIds).toEqual([]);
  await expect(step).toHaveAttribute('data-step', '5');

  await page.getByTestId('tour.skip').click();
  await expect(popover).toHaveCount(0);
  await page.reload();
  await page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
  await settle(page);
  await expect(popover).toHaveCount(0);

  // The ? button takes it again; Escape skips it.
  await page.getByTestId('tour.open').click();
  await expect(step).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(page.getByTestId('tour.open')).toBeFocused();
});

test('the last step of the tour opens the gallery', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.goto('/?tour=1');
  await expect(page.getByTestId('tour.popover')).toBeVisible();
  for (let i = 0; i < 5; i++) await page.getByTestId('tour.next').click();
  await expect(page.getByTestId('tour.step')).toHaveText('6 of 6');
  await expectRingAround(page, page.getByTestId('gallery.open'));
  await expect(page.getByTestId('tour.pick')).toBeFocused();
  await editor.shot('tour-last-step');
  await page.getByTestId('tour.pick').click();
  await expect(page.getByTestId('tour.popover')).toHaveCount(0);
  await expect(page.getByTestId('gallery.dialog')).toBeVisible();
  await expect(card(page, 'rest-api.eventflow.json')).toBeFocused();
  await page.reload();
  await page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
  await settle(page);
  await expect(page.getByTestId('tour.popover')).toHaveCount(0);
});

/** The ring encloses the target (pulled in at the window's edges); it glides, so this polls. */
async function expectRingAround(page: Page, target: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  await expect(async () => {
    const ring = (await page.getByTestId('tour.ring').boundingBox())!;
    const box = (await target.boundingBox())!;
    expect(ring.x).toBeLessThanOrEqual(Math.max(box.x, 3) + 1);
    expect(ring.y).toBeLessThanOrEqual(Math.max(box.y, 3) + 1);
    expect(ring.x + ring.width).toBeGreaterThanOrEqual(Math.min(box.x + box.width, viewport.width - 3) - 1);
    expect(ring.y + ring.height).toBeGreaterThanOrEqual(
      Math.min(box.y + box.height, viewport.height - 3) - 1,
    );
  }).toPass({ timeout: 3000 });
}
