import { test, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { RuntimeTestApi } from '../../src/runtime/browser/runtimeTestApi';
import type { FunctionCode, InvokeRequest } from '../../src/protocol/messages';
import { buildFlow } from '../../src/sim/flowBuilder';

// The sandboxed handler runtime in a real Chromium, on a page of its own: the worker and a
// small harness are bundled here with esbuild (the app shell does not mount the runtime yet).
const ORIGIN = 'http://runtime.test';
const HARNESS = `
import { installRuntimeTestApi } from './browser/runtimeTestApi';
installRuntimeTestApi(() => fetch('/handler.worker.js').then((r) => r.text()));
`;

let files: Record<string, string> | null = null;
async function bundles(): Promise<Record<string, string>> {
  if (files) return files;
  const worker = await build({
    entryPoints: ['src/handlers/handler.worker.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const harness = await build({
    stdin: { contents: HARNESS, resolveDir: 'src/runtime', loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  files = {
    '/': '<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script src="/harness.js"></script></body></html>',
    '/handler.worker.js': worker.outputFiles[0]!.text,
    '/harness.js': harness.outputFiles[0]!.text,
  };
  return files;
}

async function open(page: Page): Promise<void> {
  const f = await bundles();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = f[path];
    if (body === undefined) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: path === '/' ? 'text/html' : 'text/javascript', body });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__eventflowRuntime !== undefined);
}

function request(requestId: string, environmentId: number, event: unknown): InvokeRequest {
  return {
    requestId,
    functionId: 'fn',
    environmentId,
    coldStart: true,
    event,
    context: {
      functionName: 'fn',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
      memoryLimitInMB: 128,
      awsRequestId: requestId,
      logGroupName: '/aws/lambda/fn',
      logStreamName: `env-${environmentId}`,
    },
    startMs: 1000,
    deadlineMs: 4000,
    declaredMs: 40,
  };
}

const invoke = (page: Page, fns: FunctionCode[], reqs: InvokeRequest[]) =>
  page.evaluate(([f, r]) => (window.__eventflowRuntime as RuntimeTestApi).invoke(f, r), [fns, reqs] as const);
const fn = (code: string): FunctionCode => ({
  functionId: 'fn',
  code,
  handler: 'index.handler',
  environment: {},
});

test('handler code runs in a worker of an opaque-origin sandbox frame', async ({ page }) => {
  await open(page);
  const res = await invoke(
    page,
    [
      fn(
        `export const handler = async (e, ctx) => { console.log('hello', e.n); return { origin: self.origin, n: e.n, rem: ctx.getRemainingTimeInMillis(), kinesis: Buffer.from('aGVsbG8=', 'base64').toString() }; };`,
      ),
    ],
    [request('a', 1, { n: 1 })],
  );
  expect(res.a!.outcome).toBe('ok');
  expect(res.a!.value).toEqual({ origin: 'null', n: 1, rem: 2960, kinesis: 'hello' });
  expect(res.a!.logs).toContain('2026-01-01T00:00:01.040Z\ta\tINFO\thello 1');
  await expect(page.locator('iframe[sandbox="allow-scripts"]')).toHaveCount(1);
});

test('the network, the app storage and the DOM are out of reach, and the run goes on', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('secret', 'app data'));
  const attempts: Record<string, string> = {
    fetch: `await fetch('${ORIGIN}/')`,
    XMLHttpRequest: `new XMLHttpRequest().open('GET', '${ORIGIN}/')`,
    WebSocket: `new WebSocket('ws://runtime.test/')`,
    EventSource: `new EventSource('${ORIGIN}/')`,
    sendBeacon: `navigator.sendBeacon('${ORIGIN}/', 'x')`,
    importScripts: `importScripts('${ORIGIN}/harness.js')`,
    dynamicImport: `await import('${ORIGIN}/harness.js')`,
    evalImport: `await (0, eval)('import("${ORIGIN}/harness.js")')`,
    functionCtor: `new Function('return fetch')()`,
    indexedDB: `indexedDB.open('eventflow')`,
    localStorage: `localStorage.getItem('secret')`,
    caches: `await caches.open('x')`,
    cookies: `document.cookie`,
    document: `document.body`,
    postMessage: `postMessage('x')`,
  };
  const code = `export const handler = async () => {
  const out = {};
${Object.entries(attempts)
  .map(
    ([k, a]) =>
      `  try { const v = ${a}; out[${JSON.stringify(k)}] = 'reached ' + String(v); } catch (e) { out[${JSON.stringify(k)}] = String(e && e.message); }`,
  )
  .join('\n')}
  return out;
};`;
  const res = await invoke(page, [fn(code)], [request('x', 1, {})]);
  expect(res.x!.outcome).toBe('ok');
  const out = res.x!.value as Record<string, string>;
  for (const k of Object.keys(attempts)) expect(out[k], k).not.toMatch(/^reached/);
  for (const k of Object.keys(attempts).filter((n) => !['evalImport', 'functionCtor'].includes(n)))
    expect(out[k], k).toMatch(/blocked in the sandbox/);
  // eval and new Function are refused by the frame's Content-Security-Policy.
  expect(out.evalImport).toMatch(/unsafe-eval|Content Security Policy/i);
  expect(out.functionCtor).toMatch(/unsafe-eval|Content Security Policy/i);
});

test('an infinite loop is stopped and reported while the others finish; an init error is reported as such', async ({
  page,
}) => {
  await open(page);
  const loop = `export const handler = async (e) => { if (e.loop) while (true) {} return 'ok ' + e.n; };`;
  const res = await invoke(
    page,
    [fn(loop)],
    [request('a', 1, { n: 1 }), request('b', 2, { loop: true }), request('c', 3, { n: 3 })],
  );
  expect(res.a).toMatchObject({ outcome: 'ok', value: 'ok 1' });
  expect(res.c).toMatchObject({ outcome: 'ok', value: 'ok 3' });
  expect(res.b!.outcome).toBe('timeout');
  expect(res.b!.logs.join('\n')).toContain('Task timed out after 3.00 seconds');
  const init = await invoke(
    page,
    [fn(`throw new Error('config missing');\nexport const handler = async () => 1;`)],
    [request('i', 1, {})],
  );
  expect(init.i!.outcome).toBe('crash');
  expect(init.i!.error).toMatchObject({ type: 'Error', message: 'config missing' });
  expect(init.i!.logs.some((l) => l.startsWith('INIT_REPORT') && l.includes('Status: error'))).toBe(true);
});

test('a flow runs with its handler code in the sandbox: errors counted, logs on the spans', async ({
  page,
}) => {
  await open(page);
  const flow = buildFlow({
    nodes: [
      { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 50 } } },
      {
        id: 'f',
        kind: 'function',
        settings: {
          code: `export const handler = async (e) => { console.log('n', e.n); if (e.n % 4 === 0) throw new Error('bad ' + e.n); return e.n; };`,
        },
      },
    ],
    edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
    run: { durationSeconds: 10, seed: 2 },
  });
  const r = await page.evaluate((f) => (window.__eventflowRuntime as RuntimeTestApi).runFlow(f), flow);
  expect(r.summary.completed).toBe(true);
  const f = r.summary.nodes.find((n) => n.nodeId === 'f')!;
  expect(f.counters.invocations).toBeGreaterThan(300);
  expect(f.counters.errors).toBeGreaterThan(50);
  const failed = r.spans.find((s) => s.type === 'function.invoke' && s.status === 'error')!;
  expect(failed.error?.stack).toMatch(/at handler \(file:\/\/\/var\/task\/index\.mjs:1:\d+\)/);
  expect(failed.logs.some((l) => /\tINFO\tn \d+$/.test(l))).toBe(true);
});
