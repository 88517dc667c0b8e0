// The same figures in headless Chromium: raw batched postMessage to plain workers vs
// invocations through the sandboxed pool. Bundles the worker and a harness with esbuild
// and serves them on a routed origin. Run: npx tsx bench/workersBrowser.ts
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { resolveChromium } from '../e2e/fixtures/chromium';

const HARNESS = `
import { createBrowserHandlerPool } from './browser/browserPool';
import { defaultPoolSize } from './platform';
import { invokeAll, testCode, testRequest } from './testRequests';

const requests = (batch, round) => Array.from({ length: batch }, (_, i) =>
  testRequest({ requestId: 'r' + round + '-' + i, environmentId: i + 1, coldStart: round === 0, event: { n: i }, startMs: round * 100, deadlineMs: round * 100 + 3000 }));
const ECHO = "onmessage = (e) => postMessage(e.data.map((r) => ({ id: r.id, v: r.n })));";

window.__bench = {
  workers: defaultPoolSize(navigator.hardwareConcurrency || 1),
  async raw(workers, batch, rounds) {
    const url = URL.createObjectURL(new Blob([ECHO], { type: 'text/javascript' }));
    const ws = Array.from({ length: workers }, () => new Worker(url));
    const round = () => Promise.all(ws.map((w) => new Promise((done) => {
      w.onmessage = () => done();
      w.postMessage(Array.from({ length: batch / workers }, (_, i) => ({ id: i, n: i })));
    })));
    await round();
    const t0 = performance.now();
    for (let k = 0; k < rounds; k++) await round();
    const rate = (rounds * batch) / ((performance.now() - t0) / 1000);
    ws.forEach((w) => w.terminate());
    return rate;
  },
  async pool(workers, batch, rounds, platformLines) {
    const source = await fetch('/handler.worker.js').then((r) => r.text());
    const { pool, dispose } = await createBrowserHandlerPool(source, { size: workers });
    pool.beginRun({ seed: 1, startEpochMs: 0, platformLines }, [testCode('export const handler = async (event) => event.n;')]);
    await invokeAll(pool, requests(batch, 0));
    const t0 = performance.now();
    for (let k = 1; k <= rounds; k++) await invokeAll(pool, requests(batch, k));
    const rate = (rounds * batch) / ((performance.now() - t0) / 1000);
    dispose();
    return rate;
  },
};
`;

export async function runWorkersBrowserBench(): Promise<void> {
  const worker = await build({
    entryPoints: ['src/handlers/handler.worker.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    minify: true,
  });
  const harness = await build({
    stdin: { contents: HARNESS, resolveDir: 'src/runtime', loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    minify: true,
  });
  const files: Record<string, string> = {
    '/': '<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script src="/harness.js"></script></body></html>',
    '/handler.worker.js': worker.outputFiles[0]!.text,
    '/harness.js': harness.outputFiles[0]!.text,
  };
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('http://bench.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      return route.fulfill({
        status: 200,
        contentType: path === '/' ? 'text/html' : 'text/javascript',
        body: files[path] ?? '',
      });
    });
    await page.goto('http://bench.test/');
    await page.waitForFunction(() => 'bench' in window || '__bench' in window);
    const workers = await page.evaluate(
      () => (window as unknown as { __bench: { workers: number } }).__bench.workers,
    );
    const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
    console.log(`handler workers (headless Chromium, sandbox frame, ${workers} workers)`);
    for (const batch of [100, 1000]) {
      const rounds = Math.max(20, Math.round(100_000 / batch));
      // Runs leave START / END / REPORT to the core (platformLines false); a single Test keeps them in the worker.
      const [raw, pooled, withLines] = await page.evaluate(
        async ([w, b, r]) => {
          const bench = (
            window as unknown as {
              __bench: Record<string, (w: number, b: number, r: number, lines?: boolean) => Promise<number>>;
            }
          ).__bench;
          return [
            await bench.raw!(w, b, r),
            await bench.pool!(w, b, r, false),
            await bench.pool!(w, b, r, true),
          ];
        },
        [workers, batch, rounds] as const,
      );
      console.log(
        `  batch ${batch}: raw postMessage round trip ${fmt(raw!)}, pool invocations ${fmt(pooled!)} (${((100 * pooled!) / raw!).toFixed(0)}% of raw); ` +
          `with the worker writing START/END/REPORT ${fmt(withLines!)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runWorkersBrowserBench();
