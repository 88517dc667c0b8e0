import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

const at = (x: number, y: number) => ({ x, y });
const order = (total: number) =>
  JSON.stringify({
    source: 'shop',
    'detail-type': 'OrderPlaced',
    detail: { orderId: `ord-${total}`, total },
  });

/**
 * Runs by the model alone (no handler code), so dots and badges come from the core only:
 * a steady load into a queue whose worker fails one message in three (retries, the DLQ),
 * and an event source whose events are only ever fired by hand.
 */
const FLOW = {
  format: 'eventflow',
  formatVersion: 1,
  name: 'Canvas live spec',
  nodes: [
    {
      id: 'load',
      kind: 'client',
      label: 'Load',
      position: at(0, 0),
      settings: { load: { type: 'constant', rate: 40 } },
    },
    { id: 'jobs', kind: 'queue', label: 'Jobs', position: at(300, 0), settings: { visibilityTimeout: 5 } },
    { id: 'jobsDlq', kind: 'queue', label: 'Jobs DLQ', position: at(600, -150), settings: {} },
    { id: 'worker', kind: 'function', label: 'Worker', position: at(600, 0), settings: { errorRate: 0.3 } },
    {
      id: 'shop',
      kind: 'source',
      label: 'Shop',
      position: at(0, 220),
      settings: {
        events: [
          { label: 'small', atSeconds: null, payload: order(42) },
          { label: 'large', atSeconds: null, payload: order(750) },
        ],
      },
    },
    {
      id: 'bus',
      kind: 'bus',
      label: 'Orders bus',
      position: at(300, 220),
      settings: {
        rules: [
          {
            name: 'OrderPlaced',
            eventPattern: { 'detail-type': ['OrderPlaced'] },
            targets: [{ nodeId: 'confirm' }],
          },
        ],
      },
    },
    { id: 'confirm', kind: 'function', label: 'Confirm', position: at(600, 220), settings: {} },
  ],
  edges: [
    { id: 'loadToJobs', source: 'load', target: 'jobs', settings: { type: 'invoke' } },
    { id: 'jobsToWorker', source: 'jobs', target: 'worker', settings: { type: 'sqsMapping', batchSize: 1 } },
    {
      id: 'jobsRedrive',
      source: 'jobs',
      target: 'jobsDlq',
      settings: { type: 'deadLetter', maxReceiveCount: 2 },
    },
    { id: 'shopToBus', source: 'shop', target: 'bus', settings: { type: 'invoke' } },
    { id: 'busToConfirm', source: 'bus', target: 'confirm', settings: { type: 'invoke' } },
  ],
  notes: [],
  run: { durationSeconds: 60, seed: 1 },
};

/** The live layer of the canvas: the dots overlay, the legend, a card's badge and fire button. */
class LiveCanvas {
  readonly dots: Locator;
  readonly legend: Locator;

  constructor(private readonly page: Page) {
    this.dots = page.getByTestId('canvas.dots');
    this.legend = page.getByTestId('canvas.legend');
  }

  badge = (id: string) => this.page.getByTestId(`canvas.node.${id}.badge`);
  fire = (id: string) => this.page.getByTestId(`canvas.node.${id}.fire`);
  fireItem = (id: string, index: number) => this.page.getByTestId(`canvas.node.${id}.fire.${index}`);
  /** Dots drawn since the run started (the overlay's data-hops). */
  hopsDrawn = async () => Number(await this.dots.getAttribute('data-hops'));
  dotsNow = async () => Number(await this.dots.getAttribute('data-dots'));
}

test.beforeEach(async ({ editor }) => {
  await editor.page.evaluate((flow) => window.__eventflow!.loadFlow(JSON.stringify(flow)), FLOW);
  await editor.node('worker').waitFor();
});

test('dots move, badges count and cards turn red while the run goes; badges stay after it', async ({
  editor,
}) => {
  const { page } = editor;
  const live = new LiveCanvas(page);
  await expect(live.legend).toHaveCount(0);
  await expect(live.badge('worker')).toHaveCount(0);

  await editor.run.start('1');
  await editor.run.expectStatus('running');
  await expect(live.legend).toBeVisible();
  await expect(live.legend).toContainText('retried');
  // Dots keep coming: more are drawn over time, and some are on screen at a given frame.
  await expect.poll(live.hopsDrawn, { timeout: 10_000 }).toBeGreaterThan(20);
  const drawn = await live.hopsDrawn();
  await expect.poll(live.hopsDrawn).toBeGreaterThan(drawn);
  await expect.poll(live.dotsNow).toBeGreaterThan(0);

  await expect(live.badge('load')).toContainText(/\d+ sent · \d+ failed/);
  await expect(live.badge('jobs')).toContainText(/depth \d+/);
  await expect(live.badge('jobs')).toContainText(/\d+ moved to DLQ/);
  await expect(live.badge('worker')).toContainText(/\d+ busy · \d+ idle · \d+ cold/);
  await expect(live.badge('worker')).toContainText(/[1-9]\d* errors?/, { timeout: 10_000 });
  // The worker fails a third of its messages: its card turns red while that goes on.
  await expect(editor.node('worker')).toHaveAttribute('data-live', 'error', { timeout: 10_000 });
  await expect(editor.node('load')).toHaveAttribute('data-live', 'ok');
  await editor.shot('canvas-live-running');

  await editor.run.button('stop').click();
  await editor.run.expectStatus('stopped');
  await expect(live.legend).toHaveCount(0);
  // The red calms down once nothing new fails; the final figures stay on the cards.
  await expect(editor.node('worker')).toHaveAttribute('data-live', 'ok', { timeout: 5_000 });
  const final = await live.badge('worker').textContent();
  expect(final).toMatch(/[1-9]\d* errors?/);
  await expect.poll(live.dotsNow).toBe(0);
  await page.waitForTimeout(1000);
  await expect(live.badge('worker')).toHaveText(final!);

  await editor.run.button('reset').click();
  await expect(live.badge('worker')).toHaveCount(0);
  await expect(editor.node('worker')).not.toHaveAttribute('data-live');
  await expect(editor.node('worker')).toContainText('128 MB');
});

test('an event source fires by hand while the run is running or paused', async ({ editor }) => {
  const { page } = editor;
  const live = new LiveCanvas(page);
  await expect(live.fire('shop')).toBeDisabled();
  await expect(live.fire('shop')).toHaveAttribute('title', 'Start a run to fire events');

  await editor.run.start('1');
  await editor.run.expectStatus('running');
  await editor.run.button('pause').click();
  await editor.run.expectStatus('paused');
  await expect(live.fire('shop')).toBeEnabled();
  await expect.poll(live.dotsNow).toBe(0);
  const before = await live.hopsDrawn();

  await live.fire('shop').click();
  await expect(live.fireItem('shop', 1)).toHaveText('large');
  await live.fireItem('shop', 1).click();
  await expect(live.fireItem('shop', 1)).toHaveCount(0);
  // The clock stands still, yet the event crosses to the bus (and on to Confirm) as dots.
  await expect.poll(live.hopsDrawn).toBeGreaterThan(before);
  await expect.poll(live.dotsNow).toBeGreaterThan(0);
  await expect(live.badge('shop')).toHaveText('1 sent');
  await expect(live.badge('bus')).toContainText('1 in · 1 matched');
  await editor.shot('canvas-live-fired-paused');

  await editor.run.button('stop').click();
  await expect(live.fire('shop')).toBeDisabled();
});

test('a focused trace lights up its path on the canvas; a click on the background lets go', async ({
  editor,
}) => {
  const { page } = editor;
  await editor.run.start('1');
  await editor.run.expectStatus('running');
  await page.getByTestId('dock.tab.traces').click();
  if (!(await page.getByTestId('traces.list').isVisible())) await page.getByTestId('dock.tab.traces').click();
  // A message that reached the worker: load → jobs → worker.
  const row = page.locator('[data-testid^="traces.row."]').filter({ hasText: 'Worker' }).first();
  await row.click();

  for (const id of ['load', 'jobs', 'worker'])
    await expect(editor.node(id)).toHaveAttribute('data-trace', 'on');
  for (const id of ['shop', 'bus', 'confirm'])
    await expect(editor.node(id)).toHaveAttribute('data-trace', 'off');
  await expect(editor.edge('jobsToWorker').locator('.fc-edge')).toHaveClass(/is-trace-on/);
  await expect(editor.edge('busToConfirm').locator('.fc-edge')).toHaveClass(/is-trace-off/);
  await editor.shot('canvas-live-trace');

  await page.locator('.react-flow__pane').click({ position: { x: 12, y: 12 } });
  await expect(editor.node('worker')).not.toHaveAttribute('data-trace');
  await expect(editor.edge('busToConfirm').locator('.fc-edge')).not.toHaveClass(/is-trace/);
});
