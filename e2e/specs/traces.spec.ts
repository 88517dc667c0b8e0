import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

const order = (total: number) =>
  JSON.stringify({
    source: 'shop',
    'detail-type': 'OrderPlaced',
    detail: { orderId: `ord-${total}`, total },
  });
const at = (x: number, y: number) => ({ x, y });

/**
 * Three traces without handler code (the model runs them): a small order (1 s) and a large
 * one (2 s) through a bus with two rules, and a poison job (3 s) that fails twice and is
 * moved to the DLQ.
 */
const FLOW = {
  format: 'eventflow',
  formatVersion: 1,
  name: 'Traces spec',
  nodes: [
    {
      id: 'shop',
      kind: 'source',
      label: 'Shop',
      position: at(0, 0),
      settings: {
        events: [
          { label: 'small', atSeconds: 1, payload: order(42) },
          { label: 'large', atSeconds: 2, payload: order(750) },
        ],
      },
    },
    {
      id: 'bus',
      kind: 'bus',
      label: 'Orders bus',
      position: at(240, 0),
      settings: {
        rules: [
          {
            name: 'OrderPlaced',
            eventPattern: { 'detail-type': ['OrderPlaced'] },
            targets: [{ nodeId: 'confirm' }],
          },
          {
            name: 'HighValue',
            eventPattern: { detail: { total: [{ numeric: ['>', 100] }] } },
            targets: [{ nodeId: 'fraud' }],
          },
        ],
      },
    },
    { id: 'confirm', kind: 'function', label: 'Confirm', position: at(480, -80), settings: {} },
    { id: 'fraud', kind: 'function', label: 'Fraud check', position: at(480, 80), settings: {} },
    {
      id: 'importer',
      kind: 'source',
      label: 'Importer',
      position: at(0, 240),
      settings: {
        events: [{ label: 'poison', atSeconds: 3, payload: JSON.stringify({ job: 'poison-pill' }) }],
      },
    },
    { id: 'jobs', kind: 'queue', label: 'Jobs', position: at(240, 240), settings: { visibilityTimeout: 5 } },
    { id: 'jobsDlq', kind: 'queue', label: 'Jobs DLQ', position: at(480, 340), settings: {} },
    { id: 'worker', kind: 'function', label: 'Worker', position: at(480, 200), settings: { errorRate: 1 } },
  ],
  edges: [
    { id: 'shopToBus', source: 'shop', target: 'bus', settings: { type: 'invoke' } },
    { id: 'busToConfirm', source: 'bus', target: 'confirm', settings: { type: 'invoke' } },
    { id: 'busToFraud', source: 'bus', target: 'fraud', settings: { type: 'invoke' } },
    { id: 'importerToJobs', source: 'importer', target: 'jobs', settings: { type: 'invoke' } },
    { id: 'jobsToWorker', source: 'jobs', target: 'worker', settings: { type: 'sqsMapping', batchSize: 1 } },
    {
      id: 'jobsRedrive',
      source: 'jobs',
      target: 'jobsDlq',
      settings: { type: 'deadLetter', maxReceiveCount: 2 },
    },
  ],
  notes: [],
  run: { durationSeconds: 20, seed: 1 },
};

/** The Traces dock tab. */
class TracesPanel {
  readonly list: Locator;
  readonly count: Locator;
  readonly waterfall: Locator;
  readonly details: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId('traces.list');
    this.count = page.getByTestId('traces.count');
    this.waterfall = page.getByTestId('traces.waterfall');
    this.details = page.getByTestId('traces.details');
  }

  open = () => this.page.getByTestId('dock.tab.traces').click();
  row = (traceId: number) => this.page.getByTestId(`traces.row.${traceId}`);
  rows = () => this.page.locator('[data-testid^="traces.row."]');
  filter = (name: string) => this.page.getByTestId(`traces.filter.${name}`);
  rule = (name: string) => this.page.getByTestId(`traces.rule.${name}`);
  /** The waterfall row of a span, by the text it shows ("Orders bus put"). */
  span = (text: string | RegExp) =>
    this.waterfall.locator('[data-testid^="traces.span."]').filter({ hasText: text });
}

test('traces: list, filters, waterfall and the rule evaluation of a span', async ({ editor }) => {
  const { page } = editor;
  const traces = new TracesPanel(page);
  await page.evaluate((flow) => window.__eventflow!.loadFlow(JSON.stringify(flow)), FLOW);
  await editor.node('bus').waitFor();
  await traces.open();
  await expect(page.getByTestId('traces.empty')).toContainText('No run yet');

  await editor.run.start('max');
  await editor.run.expectStatus('done', 30_000);
  await expect(traces.count).toHaveText('3 traces');
  await expect(traces.rows()).toHaveCount(3);
  await expect(traces.row(1)).toContainText('1.000');
  await expect(traces.row(1)).toContainText('Shop → Orders bus → Confirm');
  await expect(traces.row(3)).toContainText('Importer → Jobs → Worker → Jobs DLQ');
  await expect(traces.row(3)).toContainText('error');
  await expect(traces.row(3)).toContainText('DLQ');
  await editor.shot('traces-list');

  // Filters: each narrows the list, and the count says so.
  await traces.filter('dlq').check();
  await expect(traces.count).toHaveText('1 of 3 traces');
  await expect(traces.rows()).toHaveCount(1);
  await traces.filter('dlq').uncheck();
  await traces.filter('status').selectOption('ok');
  await expect(traces.count).toHaveText('2 of 3 traces');
  await traces.filter('status').selectOption('all');
  await traces.filter('text').fill('ord-750');
  await expect(traces.rows()).toHaveCount(1);
  await expect(traces.row(2)).toBeVisible();
  await traces.filter('text').fill('');
  await traces.filter('latency').fill('5000');
  await expect(traces.count).toHaveText('1 of 3 traces');
  await traces.filter('latency').fill('');

  // The canvas selection filters to its node; × shows every node again.
  await page.evaluate(() => window.__eventflow!.select({ nodeIds: ['fraud'] }));
  await expect(traces.filter('node')).toContainText('Filtered to Fraud check');
  await expect(traces.count).toHaveText('1 of 3 traces');
  await traces.filter('node').getByRole('button').click();
  await expect(traces.count).toHaveText('3 traces');

  // The poison job: three receives' worth of waterfall, the retry and the move to the DLQ.
  await traces.row(3).click();
  await expect(traces.waterfall).toContainText('Trace #3');
  await expect(traces.span(/Jobs\s*receive/)).toHaveCount(2);
  await expect(traces.span(/Jobs\s*receive/).nth(1)).toContainText('attempt 2');
  await expect(traces.span(/Jobs\s*remove/)).toContainText('→ DLQ Jobs DLQ');
  await expect(traces.span(/Jobs DLQ\s*send/)).toContainText('from Jobs');
  await traces
    .span(/Jobs\s*receive/)
    .nth(1)
    .click();
  await expect(traces.details).toContainText('queue.receive');
  await expect(traces.details).toContainText('function-error');
  await expect(traces.details).toContainText('"job": "poison-pill"');
  await editor.shot('traces-waterfall');

  // The small order: why the HighValue rule did not match.
  await traces.row(1).click();
  await expect(traces.details).toBeHidden();
  await traces.span(/Orders bus\s*put/).click();
  await expect(traces.rule('OrderPlaced')).toContainText('✓');
  await expect(traces.rule('OrderPlaced')).toContainText('Confirm');
  await expect(traces.rule('HighValue')).toContainText('✗');
  await expect(traces.rule('HighValue')).toContainText('detail.total is 42, needs numeric > 100');
  await editor.shot('traces-rules');

  // The large order matched both; the keyboard moves between traces.
  await traces.list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(traces.row(2)).toHaveAttribute('aria-selected', 'true');
  await expect(traces.waterfall).toContainText('Trace #2');
  await traces.span(/Orders bus\s*put/).click();
  await expect(traces.rule('HighValue')).toContainText('✓');
  await expect(traces.rule('HighValue')).toContainText('Fraud check');
});
