import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { strToU8, unzlibSync, zlibSync } from 'fflate';
import type { Flow } from '../../src/model';
import { flowText, type EditorPage } from '../pages/EditorPage';
import { expect, test } from '../fixtures/test';

/** The Share menu of the top bar. */
class ShareMenu {
  readonly button: Locator;

  constructor(private readonly page: Page) {
    this.button = page.getByTestId('share.menu');
  }

  async choose(testId: string): Promise<void> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
    if (testId.startsWith('share.mermaid.')) await this.page.getByTestId('share.mermaid').hover();
    await this.page.getByTestId(testId).click();
  }

  async download(testId: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.choose(testId);
    return download;
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

const FAKE_KEY_ID = 'AKIAZ3MX7Q2LWHXKWXYZ';

/** The orders flow with an AWS access key in the function's environment. */
function ordersWithKey(): string {
  const flow = JSON.parse(flowText('orders.eventflow.json')) as { nodes: { id: string; settings: object }[] };
  const fn = flow.nodes.find((n) => n.id === 'function1')!;
  fn.settings = { ...fn.settings, environment: { BILLING_ACCESS_KEY_ID: FAKE_KEY_ID, TABLE_NAME: 'orders' } };
  return JSON.stringify(flow);
}

/** The flow a share link carries, unpacked here in Node as a person's browser would. */
function flowInLink(link: string): Flow {
  const data = new URL(link).hash.replace(/^#flow=/, '');
  return JSON.parse(new TextDecoder().decode(unzlibSync(Buffer.from(data, 'base64url')))) as Flow;
}

const fnEnv = (flow: Flow) =>
  (flow.nodes.find((n) => n.id === 'function1')!.settings as { environment: object }).environment;

async function setup(editor: EditorPage): Promise<ShareMenu> {
  await editor.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  return new ShareMenu(editor.page);
}

test('a share link opens the same flow in a fresh browser, not running', async ({
  editor,
  page,
  browser,
}) => {
  const share = await setup(editor);
  await editor.loadFlow('orders.eventflow.json');
  const before = await editor.flow();

  await share.choose('share.copyLink');
  await expect(editor.toast('success').filter({ hasText: 'Copied the share link' })).toContainText(
    'nothing was uploaded',
  );
  const link = await share.clipboard();
  expect(link.startsWith(`${new URL(page.url()).origin}/#flow=`)).toBe(true);

  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(fresh.getByTestId('flow.title')).toHaveText('Orders (e2e)');
    await expect(
      fresh.getByTestId('toast.success').filter({ hasText: 'Opened Orders (e2e) from a link' }),
    ).toContainText('Nothing has run');
    expect(await fresh.evaluate(() => window.__eventflow!.getFlow())).toEqual(before);
    // The fragment is gone from the address bar, and nothing runs.
    expect(new URL(fresh.url()).hash).toBe('');
    await expect(fresh.getByTestId('run.stop')).toBeDisabled();
    await expect(fresh.getByTestId('run.reset')).toBeDisabled();
    await expect(fresh.getByTestId('canvas.node.function1')).toBeVisible();
    await fresh.screenshot({
      path: path.resolve(import.meta.dirname, '../screenshots/share-link-opened.png'),
    });
  } finally {
    await other.close();
  }
});

test('a link pasted into an open tab opens as a new flow and keeps the one before in Recent', async ({
  editor,
  page,
}) => {
  const share = await setup(editor);
  await editor.loadFlow('orders.eventflow.json');
  await share.choose('share.copyLink');
  await expect(editor.toast('success')).toBeVisible();
  const link = await share.clipboard();

  await editor.loadFlow('with-warning.eventflow.json');
  await expect(editor.title()).toHaveText('Throttled (e2e)');
  await page.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
  await expect(editor.title()).toHaveText('Orders (e2e)');
  expect(new URL(page.url()).hash).toBe('');
  await expect(await editor.files.recentEntry('Throttled (e2e)')).toBeVisible();
});

test('a broken link says what is wrong and changes nothing', async ({ editor, page }) => {
  const share = await setup(editor);
  await editor.loadFlow('orders.eventflow.json');
  await share.choose('share.copyLink');
  await expect(editor.toast('success')).toBeVisible();
  const data = new URL(await share.clipboard()).hash.replace('#flow=', '');
  await editor.loadFlow('with-warning.eventflow.json');
  const before = await editor.flow();
  const revision = await page.evaluate(() => window.__eventflow!.getRevision());

  const notAFlow = Buffer.from(
    zlibSync(strToU8('{"format":"eventflow","formatVersion":1,"name":"x"}')),
  ).toString('base64url');
  const cases: [string, string][] = [
    [data.slice(0, Math.floor(data.length / 2)), 'cut off'],
    [`${data.slice(0, 20)}%20${data.slice(20)}`, 'contains "%"'],
    [Buffer.from('just some text').toString('base64url'), 'not a compressed flow'],
    [notAFlow, 'nodes'],
  ];
  for (const [broken, reason] of cases) {
    await page.evaluate((hash) => (window.location.hash = hash), `#flow=${broken}`);
    const toast = editor.toast('error').filter({ hasText: 'Could not open the shared flow' }).last();
    await expect(toast).toContainText(reason);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await toast.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(await editor.flow()).toEqual(before);
  expect(await page.evaluate(() => window.__eventflow!.getRevision())).toBe(revision);
  await expect(editor.title()).toHaveText('Throttled (e2e)');
});

test('PNG, SVG and Mermaid exports produce files that open', async ({ editor, page }, testInfo) => {
  const share = await setup(editor);
  await editor.loadFlow('orders.eventflow.json');
  await expect(editor.node('table1')).toBeVisible();
  await share.button.click();
  await expect(page.getByTestId('share.copyLink')).toBeVisible();
  await editor.shot('share-menu');
  await page.keyboard.press('Escape');

  const canvas = (await page.locator('.react-flow').first().boundingBox())!;
  const dpr = await page.evaluate(() => window.devicePixelRatio);

  const png = await share.download('share.png');
  expect(png.suggestedFilename()).toBe('Orders (e2e).png');
  const pngPath = testInfo.outputPath('canvas.png');
  await png.saveAs(pngPath);
  const pngBytes = readFileSync(pngPath);
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const size = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, pngBytes.toString('base64'));
  expect(size).toEqual({ width: Math.round(canvas.width * dpr), height: Math.round(canvas.height * dpr) });

  const svg = await share.download('share.svg');
  expect(svg.suggestedFilename()).toBe('Orders (e2e).svg');
  const svgPath = testInfo.outputPath('canvas.svg');
  await svg.saveAs(svgPath);
  const svgText = readFileSync(svgPath, 'utf8');
  const parsed = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await img.decode();
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      width: Number(doc.documentElement.getAttribute('width')),
      text: doc.documentElement.textContent ?? '',
      // Edges are drawn by the page's CSS: the image must carry their stroke itself.
      edgeStroke: /(?:^|;)\s*stroke:\s*([^;]+)/.exec(
        doc.getElementById('edge1')?.getAttribute('style') ?? '',
      )?.[1],
      drawn: img.naturalWidth,
    };
  }, svgText);
  expect(parsed).toMatchObject({ errors: 0, root: 'svg', width: Math.round(canvas.width) });
  expect(parsed.drawn).toBeGreaterThan(0);
  expect(parsed.edgeStroke).toMatch(/^rgb/);
  for (const label of ['Orders API', 'Create order', 'Orders table']) expect(parsed.text).toContain(label);

  const mmd = await share.download('share.mermaid.download');
  expect(mmd.suggestedFilename()).toBe('Orders (e2e).mmd');
  const mmdPath = testInfo.outputPath('flow.mmd');
  await mmd.saveAs(mmdPath);
  const mermaid = readFileSync(mmdPath, 'utf8');
  expect(mermaid).toContain('flowchart LR');
  expect(mermaid).toContain('n_api1{{"Orders API<br/>API Gateway"}}');
  expect(mermaid).toContain('n_api1 -->|"POST /orders"| n_function1');
  expect(mermaid).toContain('n_function1 --> n_table1');
  await share.choose('share.mermaid.copy');
  await expect(editor.toast('success').filter({ hasText: 'Copied the Mermaid flowchart' })).toBeVisible();
  expect(await share.clipboard()).toBe(mermaid);
});

test('the secret warning lists an AWS key and leaves it out of the link only', async ({ editor, page }) => {
  const share = await setup(editor);
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), ordersWithKey());
  await expect(editor.node('function1')).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('before'));

  await share.choose('share.copyLink');
  const dialog = page.getByTestId('share.secrets');
  await expect(dialog).toBeVisible();
  const item = dialog.getByTestId('share.secrets.item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('AWS access key ID');
  await expect(item).toContainText('Create order · environment variable BILLING_ACCESS_KEY_ID');
  await expect(item).toContainText('AKIA…WXYZ');
  await expect(dialog).not.toContainText(FAKE_KEY_ID);
  await editor.shot('share-secrets-dialog');

  // Cancel: nothing is copied.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await share.clipboard()).toBe('before');

  await share.choose('share.copyLink');
  await page.getByTestId('share.secrets.omit').click();
  await expect(editor.toast('success').filter({ hasText: 'Copied the share link' })).toContainText(
    '1 secret left out of the link',
  );
  expect(fnEnv(flowInLink(await share.clipboard()))).toEqual({
    BILLING_ACCESS_KEY_ID: '<removed>',
    TABLE_NAME: 'orders',
  });
  expect(fnEnv(await editor.flow())).toEqual({ BILLING_ACCESS_KEY_ID: FAKE_KEY_ID, TABLE_NAME: 'orders' });

  await share.choose('share.copyLink');
  await page.getByTestId('share.secrets.include').click();
  await expect(editor.toast('success').filter({ hasText: 'share it with care' })).toBeVisible();
  expect(fnEnv(flowInLink(await share.clipboard()))).toEqual({
    BILLING_ACCESS_KEY_ID: FAKE_KEY_ID,
    TABLE_NAME: 'orders',
  });
});

test('a flow too large for a link is refused, with its file offered instead', async ({
  editor,
  page,
}, testInfo) => {
  const share = await setup(editor);
  // Handler code that does not compress (a seeded stream of base64url characters): its link
  // would be past the 1,048,576 characters Firefox opens.
  let seed = 7;
  const noise = (n: number) => {
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let out = '';
    for (let i = 0; i < n; i++) {
      // xorshift32: cheap, and every bit of it is well mixed.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      out += abc[seed & 63];
    }
    return out;
  };
  const flow = JSON.parse(flowText('orders.eventflow.json')) as { nodes: { id: string; settings: object }[] };
  flow.nodes[1]!.settings = { code: `// ${noise(900_000)}\nexport const handler = async () => 1;\n` };
  flow.nodes.push({
    id: 'function2',
    kind: 'function',
    label: 'Bulky',
    position: { x: 320, y: 200 },
    settings: { code: `// ${noise(900_000)}\nexport const handler = async () => 2;\n` },
  } as { id: string; settings: object });
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), JSON.stringify(flow));
  await expect(editor.node('function2')).toBeVisible();
  const before = await editor.flow();

  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await share.choose('share.copyLink');
  const dialog = page.getByTestId('share.tooLong');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('too large for a link');
  await expect(dialog).toContainText('million characters');
  await editor.shot('share-too-long');
  expect(await share.clipboard()).toBe('before');

  const download = page.waitForEvent('download');
  await page.getByTestId('share.tooLong.download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Orders (e2e).eventflow.json');
  const saved = testInfo.outputPath('flow.eventflow.json');
  await file.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toBe(await page.evaluate(() => window.__eventflow!.serialize()));
  await expect(dialog).toBeHidden();
  expect(await editor.flow()).toEqual(before);
});
