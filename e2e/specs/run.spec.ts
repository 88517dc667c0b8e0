import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/test';

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../public/examples', name), 'utf8');

/** A number in a summary cell ("1,234" -> 1234). */
const count = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

test('run the REST API example and read its summary and table items', async ({ editor }) => {
  const { page } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('rest-api.eventflow.json'));
  await editor.node('checkout').waitFor();

  const progress = page.getByTestId('run.progress');
  await expect(progress).toHaveAttribute('data-status', 'idle');
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await editor.run.start('max');
  // The example's handlers have code of their own: the run uses the sandboxed workers.
  await expect(progress).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(page.getByTestId('run.clock')).toHaveText('01:00.000');
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(
    `run of rest-api (60 s virtual, with code): ~${Date.now() - started} ms real, ${longest > 0 ? `longest task ${longest.toFixed(0)} ms` : 'no task over 50 ms'}`,
  );
  await expect(page.getByTestId('run.start')).toBeEnabled();

  await page.getByTestId('dock.tab.summary').click();
  const summary = page.getByTestId('summary.table');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('handler code ran');
  const sent = page.getByTestId('summary.row.checkout').locator('td').nth(2);
  const ok = page.getByTestId('summary.row.checkout').locator('td').nth(3);
  expect(count(await sent.textContent())).toBeGreaterThan(0);
  expect(count(await ok.textContent())).toBeGreaterThan(0);
  const invocations = page.getByTestId('summary.row.createOrder').locator('td').nth(1);
  expect(count(await invocations.textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('summary.row.orders')).not.toContainText('nothing reached it');
  await expect(page.getByTestId('summary.row.orders')).toContainText(/[a-zA-Z]+ [1-9]/);
  await editor.shot('run-summary');
  await page.getByTestId('summary.row.createOrder').scrollIntoViewIfNeeded();
  await editor.shot('run-summary-functions');

  // A row selects its node; the table's inspector lists what the run left in it.
  await page.getByTestId('summary.row.orders').click();
  await expect.poll(async () => (await editor.selection()).nodeIds).toEqual(['orders']);
  const items = page.getByTestId('inspector.store-items');
  await expect(items).toContainText(/\d+ items?/);
  await expect(items.locator('li').first()).toBeVisible();
  await items.scrollIntoViewIfNeeded();
  await editor.shot('run-table-items');

  // Same seed, same figures.
  const first = await summary.textContent();
  await page.keyboard.press('F5');
  await expect(progress).toHaveAttribute('data-status', 'running');
  await expect(progress).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  expect(await summary.textContent()).toBe(first);
});

test('stop ends a run at once', async ({ editor }) => {
  const { page } = editor;
  const text = example('rest-api.eventflow.json');
  const long = JSON.stringify({
    ...JSON.parse(text),
    run: { ...JSON.parse(text).run, durationSeconds: 3600 },
  });
  await page.evaluate((t) => window.__eventflow!.loadFlow(t), long);
  await editor.node('checkout').waitFor();
  await editor.run.start('1');
  const progress = page.getByTestId('run.progress');
  await expect(progress).toHaveAttribute('data-status', 'running');
  await page.getByTestId('run.stop').click();
  await expect(progress).toHaveAttribute('data-status', 'stopped', { timeout: 2_000 });
  await expect(page.getByTestId('run.start')).toBeEnabled();
});
