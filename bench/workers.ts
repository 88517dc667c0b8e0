// Invocations per second of a trivial handler through the worker pool (Node worker_threads),
// against the raw batched postMessage rate (one small object per event each way) measured in
// the same run with the same number of workers and batch size. Prints numbers; decides nothing.
// Run: npx tsx bench/workers.ts   (or call runWorkersBench() from bench/run.ts)
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { defaultPoolSize } from '../src/runtime/platform';
import { invokeAll, testCode, testRequest } from '../src/runtime/testRequests';
import { nodeHandlerPool } from './workersNode';
import { runSimulation } from '../src/runtime/driver';
import { buildFlow } from '../src/sim/flowBuilder';
import type { InvokeRequest } from '../src/protocol/messages';

// The raw rate: one small object per event each way, as in the toolchain figures.
const ECHO = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (items) => parentPort.postMessage(items.map((r) => ({ id: r.id, v: r.n }))));`;

function requests(batch: number, round: number): InvokeRequest[] {
  return Array.from({ length: batch }, (_, i) =>
    testRequest({
      requestId: `r${round}-${i}`,
      environmentId: i + 1,
      coldStart: round === 0,
      event: { n: i },
      startMs: round * 100,
      deadlineMs: round * 100 + 3000,
    }),
  );
}

async function rawRate(workers: number, batch: number, rounds: number): Promise<number> {
  const ws = Array.from({ length: workers }, () => new Worker(ECHO, { eval: true }));
  const round = (k: number) =>
    Promise.all(
      ws.map(
        (w, j) =>
          new Promise<void>((done) => {
            w.once('message', () => done());
            w.postMessage(Array.from({ length: batch / workers }, (_, i) => ({ id: i + j + k, n: i })));
          }),
      ),
    );
  await round(0);
  const t0 = performance.now();
  for (let k = 1; k <= rounds; k++) await round(k);
  const rate = (rounds * batch) / ((performance.now() - t0) / 1000);
  await Promise.all(ws.map((w) => w.terminate()));
  return rate;
}

async function poolRate(
  workers: number,
  batch: number,
  rounds: number,
  platformLines: boolean,
): Promise<number> {
  const pool = nodeHandlerPool({ size: workers });
  pool.beginRun({ seed: 1, startEpochMs: 0, platformLines }, [
    testCode('export const handler = async (event) => event.n;'),
  ]);
  await invokeAll(pool, requests(batch, 0)); // cold starts and worker start-up stay out of the figure
  const t0 = performance.now();
  for (let k = 1; k <= rounds; k++) await invokeAll(pool, requests(batch, k));
  const rate = (rounds * batch) / ((performance.now() - t0) / 1000);
  pool.close();
  return rate;
}

async function driverRate(workers: number): Promise<{ rate: number; invocations: number }> {
  const flow = buildFlow({
    nodes: [
      { id: 'c', kind: 'client', settings: { load: { type: 'constant', rate: 5000 } } },
      {
        id: 'f',
        kind: 'function',
        settings: {
          code: 'export const handler = async (event) => event.n;',
          duration: { type: 'constant', value: 20 },
        },
      },
    ],
    edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
    run: { durationSeconds: 20, accountConcurrency: 10_000 },
  });
  const pool = nodeHandlerPool({ size: workers });
  await runSimulation(flow, { durationMs: 200 }, pool); // start-up
  const t0 = performance.now();
  const r = await runSimulation(flow, {}, pool);
  const secs = (performance.now() - t0) / 1000;
  pool.close();
  const invocations = r.summary.nodes.find((n) => n.nodeId === 'f')!.counters.invocations ?? 0;
  return { rate: invocations / secs, invocations };
}

export async function runWorkersBench(): Promise<void> {
  const workers = defaultPoolSize(availableParallelism());
  const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
  console.log(`handler workers (Node worker_threads, ${workers} workers)`);
  for (const batch of [100, 1000]) {
    const rounds = Math.max(20, Math.round(100_000 / batch));
    const raw = await rawRate(workers, batch, rounds);
    // Runs leave START / END / REPORT to the core (platformLines false); a single Test keeps them in the worker.
    const pooled = await poolRate(workers, batch, rounds, false);
    const withLines = await poolRate(workers, batch, rounds, true);
    console.log(
      `  batch ${batch}: raw postMessage round trip ${fmt(raw)}, pool invocations ${fmt(pooled)} (${((100 * pooled) / raw).toFixed(0)}% of raw); ` +
        `with the worker writing START/END/REPORT ${fmt(withLines)}`,
    );
  }
  const d = await driverRate(workers);
  console.log(
    `  runSimulation end to end (core + pool, ${d.invocations.toLocaleString('en-US')} invocations): ${fmt(d.rate)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runWorkersBench();
