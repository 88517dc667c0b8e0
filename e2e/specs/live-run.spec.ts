import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/test';

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../public/examples', name), 'utf8');

test('pause holds the clock, step runs one event, resume goes on; speed paces the run', async ({
  editor,
}) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('rest-api.eventflow.json'));
  await editor.node('checkout').waitFor();

  await run.start('1');
  await run.expectStatus('running');
  await expect.poll(() => run.virtualMs()).toBeGreaterThan(300);
  // At 1x, virtual time follows real time: a second of waiting is about a second of run.
  const a = await run.virtualMs();
  await page.waitForTimeout(1000);
  const b = await run.virtualMs();
  expect(b - a).toBeGreaterThan(500);
  expect(b - a).toBeLessThan(2500);

  await run.button('pause').click();
  await run.expectStatus('paused');
  const held = await run.virtualMs();
  await page.waitForTimeout(400);
  expect(await run.virtualMs()).toBe(held);
  await expect(page.getByTestId('run.clock')).toHaveCSS('color', 'rgb(199, 119, 0)');
  await editor.shot('run-paused');

  await run.button('step').click();
  await expect(run.progress).toHaveAttribute(
    'title',
    /last step: \d+ messages crossed edges, \d+ spans ended/,
  );
  const stepped = await run.virtualMs();
  expect(stepped).toBeGreaterThanOrEqual(held);
  await run.expectStatus('paused');
  await page.keyboard.press('F10');
  await expect.poll(() => run.virtualMs()).toBeGreaterThanOrEqual(stepped);
  await editor.shot('run-stepped');

  await run.button('resume').click();
  await run.expectStatus('running');
  await run.speed('max');
  await run.expectStatus('done', 45_000);
  await expect(page.getByTestId('run.clock')).toHaveText('01:00.000');

  // Reset clears the run; the same seed gives the same summary, paused and stepped or not.
  await page.getByTestId('dock.tab.summary').click();
  const interrupted = await page.getByTestId('summary.table').textContent();
  await run.button('reset').click();
  await run.expectStatus('idle');
  await expect(page.getByTestId('summary.empty')).toBeVisible();
  await run.start('max');
  await run.expectStatus('done', 45_000);
  expect(await page.getByTestId('summary.table').textContent()).toBe(interrupted);
});

test('seed and duration are run settings of the flow, and a new seed changes the run', async ({ editor }) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('rest-api.eventflow.json'));
  await editor.node('checkout').waitFor();
  const duration = page.getByTestId('run.duration');
  await duration.fill('abc');
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await duration.fill('5');
  await duration.press('Enter');
  await expect.poll(async () => (await editor.flow()).run.durationSeconds).toBe(5);
  const seed = page.getByTestId('run.seed');
  await seed.fill('42');
  await seed.press('Enter');
  await expect.poll(async () => (await editor.flow()).run.seed).toBe(42);
  await page.getByTestId('run.newSeed').click();
  await expect.poll(async () => (await editor.flow()).run.seed).not.toBe(42);
  await run.start('max');
  await run.expectStatus('done', 30_000);
  await expect(page.getByTestId('run.clock')).toHaveText('00:05.000');
});
