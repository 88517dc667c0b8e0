import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** The Logs tab of the bottom dock. */
class LogsPanel {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly status: Locator;
  readonly follow: Locator;
  readonly text: Locator;
  readonly fn: Locator;
  readonly chip: Locator;
  readonly lines: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('dock.tab.logs');
    this.panel = page.getByTestId('logs.panel');
    this.status = page.getByTestId('logs.dropped');
    this.follow = page.getByTestId('logs.follow');
    this.text = page.getByTestId('logs.filter.text');
    this.fn = page.getByTestId('logs.function');
    this.chip = page.getByTestId('logs.function.chip');
    this.lines = page.locator('[data-testid^="logs.line."]');
  }

  level(group: 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'PLATFORM'): Locator {
    return this.page.getByTestId(`logs.filter.level.${group}`);
  }

  /** The level cells (INFO, START, ...) of the rows on screen. */
  async levels(): Promise<string[]> {
    return this.lines.locator('.logs-level').allTextContents();
  }
}

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../public/examples', name), 'utf8');

/** The REST API example, shortened: the checks need a few seconds of traffic, not a minute. */
function restApi(seconds: number): string {
  const flow = JSON.parse(example('rest-api.eventflow.json')) as { run: { durationSeconds: number } };
  flow.run.durationSeconds = seconds;
  return JSON.stringify(flow);
}

/** A shop whose payment handler logs at every level and fails one order in five. */
const PAY_CODE = `export const handler = async (event) => {
  const { n } = JSON.parse(event.body);
  console.log('order %s received', n);
  if (n % 3 === 0) console.warn('slow path for order ' + n + '\\nretry budget left: 2');
  console.debug('debug detail for', n);
  if (n % 5 === 0) throw new Error('bad order ' + n);
  return { statusCode: 200, body: '{}' };
};`;
const PAY_THROW_LINE = 6;
const shopFlow = {
  format: 'eventflow',
  formatVersion: 1,
  name: 'Shop logs',
  nodes: [
    {
      id: 'shop',
      kind: 'client',
      label: 'Shop',
      position: { x: 0, y: 0 },
      settings: { load: { type: 'poisson', rate: 20 } },
    },
    { id: 'api', kind: 'api', label: 'Shop API', position: { x: 260, y: 0 } },
    {
      id: 'pay',
      kind: 'function',
      label: 'Take payment',
      position: { x: 520, y: 0 },
      settings: { code: PAY_CODE },
    },
  ],
  edges: [
    { id: 'toApi', source: 'shop', target: 'api', settings: { type: 'invoke' } },
    { id: 'toPay', source: 'api', target: 'pay', settings: { type: 'integration', routeKey: 'POST /items' } },
  ],
  run: { seed: 1, durationSeconds: 5 },
};

test('the REST API example’s logs follow the run, filter by text, level and function, and jump to the trace', async ({
  editor,
}) => {
  const { page } = editor;
  const logs = new LogsPanel(page);
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), restApi(20));
  await editor.node('createOrder').waitFor();
  await logs.tab.click();
  await expect(logs.panel).toContainText('No run yet');

  await page.getByTestId('run.start').click();
  // While it runs at 1x, the panel follows the tail: the last line on screen is the last line there is.
  await expect(logs.status).toHaveText(/^[\d,]+ lines?$/, { timeout: 15_000 });
  await expect
    .poll(async () => count(await logs.status.textContent()), { timeout: 15_000 })
    .toBeGreaterThan(40);
  await expect(logs.follow).toHaveAttribute('aria-pressed', 'true');
  const lastShown = async () =>
    Number((await logs.lines.last().getAttribute('data-testid'))!.split('.').pop());
  expect((await lastShown()) + 1).toBeGreaterThan(count(await logs.status.textContent()) - 40);
  await editor.shot('logs-running');

  await page.getByTestId('run.speed').selectOption('max');
  await expect(page.getByTestId('run.progress')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  const total = count(await logs.status.textContent());
  await expect.poll(lastShown).toBe(total - 1);
  expect(await logs.levels()).toEqual(expect.arrayContaining(['START', 'INFO', 'END', 'REPORT']));
  await editor.shot('logs-rest-api');

  // Text: case-insensitive, matches marked.
  await logs.text.fill('CREATED ORDER');
  await expect(logs.status).toHaveText(/^[\d,]+ of [\d,]+ lines match$/);
  for (const t of await logs.lines.locator('.logs-text').allTextContents())
    expect(t).toContain('created order');
  await expect(logs.lines.locator('mark').first()).toHaveText('created order');
  await logs.text.fill('');

  // Levels: without the platform lines, no START / END / REPORT is left.
  await logs.level('PLATFORM').uncheck();
  await expect.poll(async () => (await logs.levels()).filter((l) => /START|END|REPORT/.test(l))).toEqual([]);
  expect((await logs.levels()).length).toBeGreaterThan(0);
  await logs.level('PLATFORM').check();

  // Selecting one function on the canvas filters to it; the chip's × shows all, the selection stays.
  await editor.node('getOrder').click();
  await expect(logs.chip).toHaveText(/Filtered to Get order/);
  await expect(logs.fn).toHaveValue('getOrder');
  await expect(logs.lines.locator('.logs-fn')).toHaveCount(0);
  await logs.chip.getByRole('button', { name: 'Show all functions' }).click();
  await expect(logs.chip).toHaveCount(0);
  await expect(logs.fn).toHaveValue('');
  expect((await editor.selection()).nodeIds).toEqual(['getOrder']);
  await logs.fn.selectOption('createOrder');
  await expect(logs.lines.first()).toBeVisible();

  // Scrolling up pauses following; Follow goes back to the tail.
  await logs.lines.first().hover();
  await page.mouse.wheel(0, -400);
  await expect(logs.follow).toHaveAttribute('aria-pressed', 'false');
  await logs.follow.click();
  await expect(logs.follow).toHaveAttribute('aria-pressed', 'true');

  // An invocation's first line opens its span in Traces.
  const jump = page.locator('[data-testid^="logs.jump."]').last();
  const spanId = (await jump.getAttribute('data-testid'))!.split('.').pop();
  await jump.click();
  await expect(page.getByTestId('dock.tab.traces')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(`traces.span.${spanId}`)).toHaveAttribute('aria-pressed', 'true');
});

test('a failed invocation’s error expands, its stack frame opens the handler, and Copy copies what is shown', async ({
  editor,
}) => {
  const { page } = editor;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const logs = new LogsPanel(page);
  await page.evaluate((flow) => window.__eventflow!.loadFlow(flow), shopFlow as never);
  await editor.node('pay').waitFor();
  await logs.tab.click();
  await page.getByTestId('run.speed').selectOption('max');
  await page.getByTestId('run.start').click();
  await expect(page.getByTestId('run.progress')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });

  // Multi-line warnings show their first line and how many more.
  await logs.text.fill('slow path');
  await expect(logs.lines.first()).toContainText('+1 lines');

  await logs.text.fill('invoke error');
  await expect(logs.status).toHaveText(/^[1-9][\d,]* of [\d,]+ lines match$/);
  const matches = count(await logs.status.textContent());
  const row = logs.lines.last();
  await row.getByRole('button', { name: 'Expand the message' }).click();
  await expect(row.locator('.logs-text')).toContainText('"errorType": "Error"');
  await expect(row.locator('.logs-text')).toContainText(/"errorMessage": "bad order \d+"/);
  await editor.shot('logs-error-expanded');

  const copied = async () => {
    await page.getByTestId('logs.copy').click();
    await expect(editor.toast('success')).toContainText('Copied');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const text = await copied();
  expect(text.split('\n')).toHaveLength(matches);
  for (const line of text.split('\n'))
    expect(line).toMatch(/^\d\d:\d\d\.\d{3}\tTake payment\t.*\tERROR\tInvoke Error /);

  await row.getByTestId(`logs.frame.${PAY_THROW_LINE}`).click();
  await expect(page.getByTestId('code.panel')).toBeVisible();
  await expect(page.getByTestId('code.tab.pay')).toBeVisible();
});

/** The first number in a status text ("1,234 of 5,678 lines match" -> 1234). */
function count(text: string | null): number {
  const m = /[\d,]+/.exec(text ?? '');
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}
