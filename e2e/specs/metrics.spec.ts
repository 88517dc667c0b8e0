import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** The REST API example, cut to 30 s of virtual time (its spike comes at 20 s). */
const restApi = () => {
  const text = readFileSync(
    path.resolve(import.meta.dirname, '../../public/examples/rest-api.eventflow.json'),
    'utf8',
  );
  const flow = JSON.parse(text) as { run: Record<string, unknown> };
  return JSON.stringify({ ...flow, run: { ...flow.run, durationSeconds: 30 } });
};

/** What a download holds, and the name the browser would save it under. */
async function saved(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

test('metrics: live charts per node, latency and cost, exports', async ({ editor }) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), restApi());
  await editor.node('checkout').waitFor();
  await page.getByTestId('dock.tab.metrics').click();
  const panel = page.getByTestId('metrics.panel');
  await expect(panel).toContainText('No run yet');
  await expect(page.getByTestId('metrics.export.csv')).toBeDisabled();

  // While the run goes on: the overview, then one node's charts, drawn from the live run.
  await run.start('10');
  await run.expectStatus('running');
  await expect(page.getByTestId('metrics.status')).toContainText(/Live: [\d.]+ (ms|s) of 30 s/);
  await expect(page.getByTestId('metrics.overview.checkout').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('metrics.totals')).toContainText('sent');
  await page.evaluate(() => window.__eventflow!.select({ nodeIds: ['createOrder'] }));
  await expect(page.getByTestId('metrics.filter')).toContainText('Filtered to Create order');
  await expect(page.getByTestId('metrics.node')).toHaveValue('createOrder');
  for (const chart of ['invocations', 'concurrency', 'environments', 'coldStarts', 'duration', 'cost'])
    await expect(page.getByTestId(`metrics.chart.${chart}`)).toBeVisible();
  // A function has no queue charts.
  await expect(page.getByTestId('metrics.chart.queueDepth')).toHaveCount(0);
  await expect(page.getByTestId('metrics.facts')).toContainText('So far');
  await editor.shot('metrics-live-function');

  await run.speed('max');
  await run.expectStatus('done', 45_000);
  await expect(page.getByTestId('metrics.status')).toContainText('"Orders REST API", seed 1, 30 s');
  const facts = page.getByTestId('metrics.facts');
  await expect(facts).toContainText('Whole run');
  await expect(facts).toContainText(/duration p99\s*[\d.]+ ms/);
  await expect(page.getByTestId('metrics.chart.cost')).toContainText(/cost \$0\.\d+/);

  // The picker shows another node; a table has no cold starts, but items and latency.
  await page.getByTestId('metrics.node').selectOption('orders');
  await expect(page.getByTestId('metrics.chart.itemCount')).toBeVisible();
  await expect(page.getByTestId('metrics.chart.latency')).toBeVisible();
  await expect(page.getByTestId('metrics.chart.coldStarts')).toHaveCount(0);
  await expect(page.getByTestId('metrics.filter')).toHaveCount(0);
  await page.getByTestId('metrics.node').selectOption('');
  await expect(page.getByTestId('metrics.overview.createOrder')).toBeVisible();
  await editor.shot('metrics-overview');

  // End-to-end latency per producer and the cost of each function.
  await page.getByTestId('metrics.view.latency').click();
  await expect(page.getByTestId('metrics.latency.checkout')).toContainText(/\d+ ms/);
  await expect(page.getByTestId('metrics.cost.createOrder')).toContainText(/\$0\.\d+\s*\d+\.\d%/);
  await editor.shot('metrics-latency-cost');

  // Exports: per-node figures, the series with a time column, and everything as JSON.
  const summary = await saved(page, 'metrics.export.csv');
  expect(summary.name).toBe('orders-rest-api-seed1-summary.csv');
  const rows = summary.text.trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^node,label,kind,simulated,costUsd,/);
  expect(rows.find((r) => r.startsWith('createOrder,'))).toMatch(
    /^createOrder,Create order,function,true,0\.\d+,/,
  );
  const series = await saved(page, 'metrics.export.series');
  expect(series.name).toBe('orders-rest-api-seed1-series.csv');
  expect(series.text.split('\r\n')[0]).toMatch(/^node,kind,time_s,/);
  // 30 s in buckets of 50 ms: 600 rows per node.
  expect(
    series.text
      .trimEnd()
      .split('\r\n')
      .filter((r) => r.startsWith('orders,')),
  ).toHaveLength(600);
  const json = await saved(page, 'metrics.export.json');
  expect(json.name).toBe('orders-rest-api-seed1-metrics.json');
  const doc = JSON.parse(json.text) as { format: string; time_s: number[]; summary: { nodes: unknown[] } };
  expect(doc.format).toBe('eventflow-metrics');
  expect(doc.time_s).toHaveLength(600);
  expect(doc.summary.nodes).toHaveLength((await editor.flow()).nodes.length);

  // The Summary tab links here.
  await page.getByTestId('dock.tab.summary').click();
  await page.getByTestId('summary.charts').click();
  await expect(page.getByTestId('metrics.view.charts')).toBeVisible();
});

test('metrics: keep a run, change settings, compare the two', async ({ editor }) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), restApi());
  await editor.node('checkout').waitFor();
  await page.getByTestId('dock.tab.metrics').click();
  await run.start('max');
  await run.expectStatus('done', 45_000);

  await page.getByTestId('metrics.view.compare').click();
  await expect(page.getByTestId('metrics.compare.empty')).toContainText('Keep this run');
  await page.getByTestId('metrics.keep').click();
  await expect(page.getByTestId('metrics.keep')).toHaveText('Kept ✓');
  await expect(page.getByTestId('metrics.compare.empty')).toContainText('This run is kept');

  // A new seed in the top bar and more memory for Create order in the inspector.
  await page.getByTestId('run.seed').fill('2');
  await page.getByTestId('run.seed').press('Enter');
  await editor.node('createOrder').click();
  const memory = page.getByRole('textbox', { name: 'Memory', exact: true });
  await memory.fill('1024');
  await memory.press('Enter');
  await expect
    .poll(async () => {
      const flow = await editor.flow();
      const fn = flow.nodes.find((n) => n.id === 'createOrder');
      return [flow.run.seed, fn?.kind === 'function' ? fn.settings.memorySize : null];
    })
    .toEqual([2, 1024]);
  await run.start('max');
  await run.expectStatus('done', 45_000);

  const compare = page.getByTestId('metrics.compare');
  await expect(compare).toBeVisible();
  const diff = page.getByTestId('metrics.diff');
  await expect(diff).toContainText('What differs between the two runs (2)');
  await expect(diff).toContainText('Run settings › seed');
  await expect(diff).toContainText('1 → 2');
  await expect(diff).toContainText('Node createOrder › settings.memorySize');
  await expect(diff).toContainText('→ 1024');
  const fn = page.getByTestId('metrics.compare.createOrder');
  await expect(fn).toContainText('kept');
  // Four times the memory for the same declared duration: a bigger Lambda bill, marked worse.
  const cost = fn.locator('tr', { hasText: 'cost' }).locator('td');
  await expect(cost.nth(1)).toHaveText(/^\$0\.\d+$/);
  await expect(cost.nth(2)).toHaveText(/^\$0\.\d+$/);
  await expect(cost.nth(3)).toHaveText(/^\+\$0\.\d+ \(\+\d+%\)$/);
  await expect(cost.nth(3)).toHaveClass('is-worse');
  await editor.shot('metrics-compare');

  await compare.getByRole('button', { name: 'Forget the kept run' }).click();
  await expect(page.getByTestId('metrics.compare.empty')).toContainText('Keep this run');
});
