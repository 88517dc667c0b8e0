import { engineRun } from './engineFlow';
import { bareHeapLoop, heapLoop } from './heapLoop';
import { measure } from './measure';
import { runWorkersBench } from './workers';
import { runWorkersBrowserBench } from './workersBrowser';
import { runUiBrowserBench } from './uiBrowser';

// Prints numbers only: a benchmark never passes or fails on time.
const perSec = (events: number, ms: number) => (events / ms) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const PLAIN_EVENTS = 5_000_000;
heapLoop(1_000_000); // warm-up
const plain = measure(() => heapLoop(PLAIN_EVENTS));
const plainWall = perSec(PLAIN_EVENTS, plain.wallMs);
const plainCpu = perSec(PLAIN_EVENTS, plain.cpuMs);
console.log(
  `plain heap loop  ${fmt(PLAIN_EVENTS)} events, 100k pending: ${fmt(plainWall)} events/s wall, ${fmt(plainCpu)} per CPU-s`,
);

bareHeapLoop(1_000_000);
const bare = measure(() => bareHeapLoop(PLAIN_EVENTS));
const bareCpu = perSec(PLAIN_EVENTS, bare.cpuMs);
console.log(
  `bare heap loop   same, time + int only, no tie-break: ${fmt(perSec(PLAIN_EVENTS, bare.wallMs))} events/s wall, ${fmt(bareCpu)} per CPU-s`,
);

engineRun(5_000, 10); // warm-up
const eng = measure(() => engineRun(5_000, 600));
const s = eng.value.summary;
const events = s.eventsProcessed;
const requests = s.nodes
  .filter((n) => n.kind === 'client')
  .reduce((a, n) => a + (n.counters.requests ?? 0), 0);
const engWall = perSec(events, eng.wallMs);
const engCpu = perSec(events, eng.cpuMs);
console.log(
  `engine           3 functions x 5,000 req/s x 10 virtual min: ${fmt(requests)} requests, ${fmt(events)} events in ${(eng.wallMs / 1000).toFixed(1)} s: ` +
    `${fmt(engWall)} events/s wall, ${fmt(engCpu)} per CPU-s (${fmt(perSec(requests, eng.cpuMs))} requests per CPU-s)`,
);
console.log(
  `ratio            plain / engine: ${(plainWall / engWall).toFixed(2)}x wall, ${(plainCpu / engCpu).toFixed(2)}x CPU   (goal: within 3x)`,
);
console.log(`                 bare / engine: ${(bareCpu / engCpu).toFixed(2)}x CPU`);
console.log(
  `spans            ${fmt(s.spans.kept)} kept, ${fmt(s.spans.sampledOut)} sampled out, ${fmt(s.spans.evicted)} evicted (1% of traces, errors always offered a place)`,
);

await runWorkersBench();
await runWorkersBrowserBench();
// The app itself: first-load JS, panning a 200-node flow during a run, an hour at 1,000 req/s (skip it with --no-hour).
await runUiBrowserBench({ hour: !process.argv.includes('--no-hour') });
