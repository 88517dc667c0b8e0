// The app in headless Chromium: first-load JavaScript (gzip), and a 200-node flow panned
// while it runs at full speed (frames per second, longest task, events per second); then
// an hour of virtual time at 1,000 req/s and the tab's memory. Serves a fresh build of
// dist/ on a routed origin. Run: npx tsx bench/uiBrowser.ts
import { chromium, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveChromium } from '../e2e/fixtures/chromium';
import type { Flow } from '../src/model';
import { bigFlow } from './bigFlow';

const DIST = path.resolve(import.meta.dirname, '../dist');
const ORIGIN = 'http://eventflow.bench';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function serve(page: Page, jsSizes: Map<string, number>): Promise<void> {
  await page.route(`${ORIGIN}/**`, (route) => {
    let p = new URL(route.request().url()).pathname;
    if (p === '/') p = '/index.html';
    let body: Buffer;
    try {
      body = readFileSync(path.join(DIST, p));
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    if (p.endsWith('.js')) jsSizes.set(p, gzipSync(body).length);
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(p)] ?? 'application/octet-stream',
      body,
    });
  });
}

interface Panned {
  fps: number;
  longestTaskMs: number;
  eventsPerSec: number;
  virtualPerReal: number;
}

/** Drags the canvas around for `ms` while counting frames, long tasks and the run's events. */
async function panWhileRunning(page: Page, ms: number): Promise<Panned> {
  // A string, not a function: tsx would wrap the named arrows in a helper the page lacks.
  await page.evaluate(`(() => {
    const m = (window.__m = { frames: 0, longest: 0, on: true });
    const tick = () => { m.frames++; if (m.on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longest = Math.max(m.longest, e.duration);
    }).observe({ type: 'longtask' });
  })()`);
  const run0 = await page.evaluate(() => window.__eventflow!.getRun());
  const t0 = Date.now();
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas pane');
  // Grab the pane near its top-left corner, where the fitted flow leaves empty space (a card there would be dragged instead).
  const cx = pane.x + 50;
  const cy = pane.y + 30;
  // Back and forth: each drag starts on the spot the last one left empty.
  let forward = true;
  while (Date.now() - t0 < ms) {
    const [from, to] = forward ? [cx, cx + 300] : [cx + 300, cx];
    await page.mouse.move(from, cy);
    await page.mouse.down();
    await page.mouse.move(to, cy, { steps: 30 });
    await page.mouse.up();
    forward = !forward;
  }
  const elapsed = Date.now() - t0;
  const m = await page.evaluate(() => {
    const w = window as unknown as { __m: { frames: number; longest: number; on: boolean } };
    w.__m.on = false;
    return w.__m;
  });
  const run1 = await page.evaluate(() => window.__eventflow!.getRun());
  return {
    fps: (m.frames / elapsed) * 1000,
    longestTaskMs: m.longest,
    eventsPerSec: ((run1.events - run0.events) / elapsed) * 1000,
    virtualPerReal: (run1.virtualMs - run0.virtualMs) / elapsed,
  };
}

async function loadFlow(page: Page, flow: Flow | string): Promise<void> {
  await page.evaluate(
    (f) => window.__eventflow!.loadFlow(f),
    typeof flow === 'string' ? flow : JSON.stringify(flow),
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** The REST API example scaled to 1,000 req/s for an hour of virtual time. */
function hourAt1000(): string {
  const flow = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../public/examples/rest-api.eventflow.json'), 'utf8'),
  ) as Flow;
  const clients = flow.nodes.filter((n) => n.kind === 'client');
  for (const c of clients)
    if (c.kind === 'client')
      c.settings.load = { type: 'poisson', rate: 1000 / clients.length } as typeof c.settings.load;
  flow.run.durationSeconds = 3600;
  return JSON.stringify(flow);
}

export async function runUiBrowserBench(options: { hour?: boolean } = {}): Promise<void> {
  execSync('npx vite build', { stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const js = new Map<string, number>();
    await serve(page, js);
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector('[data-testid="app"]');
    // The app restores or opens its first flow asynchronously: load ours only after that.
    await page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
    await page.waitForLoadState('networkidle');
    const firstLoad = [...js.values()].reduce((a, b) => a + b, 0);
    const top = [...js.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `first-load JS     ${kb(firstLoad)} gzip in ${js.size} files (goal: under 350 KB; Monaco loads only with the code editor): ` +
        top.map(([f, n]) => `${path.basename(f)} ${kb(n)}`).join(', '),
    );

    const flow = bigFlow(25, 20);
    await loadFlow(page, flow);
    await page.waitForSelector('[data-testid="canvas.node.web0"]');
    const idle = await panWhileRunning(page, 3000);
    console.log(
      `pan, no run        200 nodes: ${idle.fps.toFixed(0)} fps, longest task ${idle.longestTaskMs.toFixed(0)} ms`,
    );
    await page.getByTestId('run.speed').selectOption('max');
    await page.getByTestId('run.start').click();
    await page.waitForTimeout(500);
    const busy = await panWhileRunning(page, 6000);
    console.log(
      `pan during a run   200 nodes, 1,000 req/s, speed max: ${busy.fps.toFixed(0)} fps, longest task ${busy.longestTaskMs.toFixed(0)} ms, ` +
        `${Math.round(busy.eventsPerSec).toLocaleString('en-US')} events/s, ${busy.virtualPerReal.toFixed(1)} virtual s per real s ` +
        `(goals: 55+ fps, longest task under 50 ms)`,
    );
    await page.getByTestId('run.stop').click();

    if (options.hour !== false) {
      await loadFlow(page, hourAt1000());
      const before = await heapMb(page);
      const t0 = Date.now();
      await page.getByTestId('run.start').click();
      let peak = before;
      for (;;) {
        await page.waitForTimeout(5000);
        const run = await page.evaluate(() => window.__eventflow!.getRun());
        const used = await page.evaluate(
          () =>
            (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
        );
        peak = Math.max(peak, used / 1024 / 1024);
        if (run.status !== 'running') break;
      }
      const after = await heapMb(page);
      console.log(
        `hour at 1,000 req/s  rest-api with its code, 3,600 s virtual: ${((Date.now() - t0) / 1000).toFixed(0)} s real; ` +
          `JS heap ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak, ${after.toFixed(0)} MB after (goal: a few hundred MB)`,
      );
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runUiBrowserBench({ hour: !process.argv.includes('--no-hour') });
