// Where the main thread's time goes while the 200-node flow runs at full speed (CPU profile,
// self time by function). A tool for finding regressions, not a benchmark: npx tsx bench/profileRun.ts [dockTab]
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveChromium } from '../e2e/fixtures/chromium';
import { bigFlow } from './bigFlow';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const DIST = path.resolve(import.meta.dirname, '../dist');
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const tab =
  process.argv.find((a) => ['traces', 'logs', 'metrics', 'summary', 'problems'].includes(a)) ?? 'traces';
const browser = await chromium.launch({
  executablePath: resolveChromium(),
  args: ['--no-sandbox', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.route('http://eventflow.bench/**', (route) => {
  let p = new URL(route.request().url()).pathname;
  if (p === '/') p = '/index.html';
  const type = p.endsWith('.js')
    ? 'text/javascript'
    : p.endsWith('.css')
      ? 'text/css'
      : p.endsWith('.html')
        ? 'text/html'
        : 'application/json';
  try {
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(path.join(DIST, p)) });
  } catch {
    return route.fulfill({ status: 404, body: '' });
  }
});
await page.goto('http://eventflow.bench/');
await page.waitForSelector('[data-testid="app"]');
// The app restores or opens its first flow asynchronously: load ours only after that.
await page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
await page.evaluate((f) => window.__eventflow!.loadFlow(f), JSON.stringify(bigFlow(25, 20)));
await page.getByTestId('run.speed').selectOption('max');
await page.getByTestId('run.start').click();
await page.getByTestId(`dock.tab.${tab}`).click();
await page.waitForTimeout(1000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
const events: Array<{ name: string; dur?: number; ph: string }> = [];
// The CDP session's typings list only its own events; tracing ones arrive all the same.
const tracing = cdp as unknown as {
  on(event: string, listener: (e: { value: typeof events }) => void): void;
  once(event: string, listener: () => void): void;
};
tracing.on('Tracing.dataCollected', (e) => events.push(...e.value));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
await page.waitForTimeout(4000);
const tracingDone = new Promise<void>((r) => tracing.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await tracingDone;
const byName = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
console.log(
  'timeline: ' +
    [...byName]
      .filter(([n]) =>
        /Layout|Style|Paint|Composite|Layer|RunTask|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|Prepaint|HitTest/.test(
          n,
        ),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)} ms`)
      .join(', '),
);
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const run = await page.evaluate(() => window.__eventflow!.getRun());
console.log(`dock tab ${tab}; run: ${run.events} events, virtual ${run.virtualMs.toFixed(0)} ms`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
await browser.close();
