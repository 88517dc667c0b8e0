import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import { buildFlow } from '../sim/flowBuilder';
import { inlineRunner, runToCompletion, type InvokeRequest } from '../sim';
import { runSimulation } from './driver';
import type { HandlerPool } from './pool';

const CODE = `let served = 0;
export const handler = async (event) => {
  served++;
  if (event.n % 5) await new Promise((ok) => setTimeout(ok, (event.n % 5) * 10));
  if (event.n % 7 === 0) throw new Error('bad ' + event.n);
  return { n: event.n, served };
};`;

// The same logic written for the core's inline runner.
const plain = (event: unknown, _req: InvokeRequest) => {
  const n = (event as { n: number }).n;
  const extraMs = (n % 5) * 10;
  return n % 7 === 0 ? { error: { type: 'Error', message: `bad ${n}` }, extraMs } : { value: { n }, extraMs };
};

const flow = buildFlow({
  nodes: [
    { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 100 } } },
    { id: 'f', kind: 'function', settings: { code: CODE, duration: { type: 'exponential', mean: 30 } } },
  ],
  edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
  run: { durationSeconds: 20, seed: 3 },
});

let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 2 });
});
afterAll(() => pool.close());

describe('runSimulation with real handler code', () => {
  it('gives the summary the inline runner gives for the same logic, and the same again on a second run', async () => {
    const viaWorkers = await runSimulation(flow, {}, pool);
    const inline = runToCompletion(flow, { runner: inlineRunner({ f: plain }) });
    expect(viaWorkers.summary).toEqual(inline.summary);
    const fn = viaWorkers.summary.nodes.find((n) => n.nodeId === 'f')!;
    const client = viaWorkers.summary.nodes.find((n) => n.nodeId === 'c')!;
    expect(viaWorkers.summary.completed).toBe(true);
    expect(fn.counters.invocations).toBeGreaterThan(1500);
    expect(fn.counters.errors).toBeGreaterThan(150);
    expect(client.counters.functionErrors).toBe(fn.counters.errors);
    const again = await runSimulation(flow, {}, pool);
    expect(JSON.stringify(again)).toBe(JSON.stringify({ ...viaWorkers, spans: again.spans }));
  });

  it('keeps the code’s logs and mapped errors on the spans', async () => {
    const r = await runSimulation(flow, { durationMs: 2000 }, pool);
    const failed = r.spans.find((s) => s.type === 'function.invoke' && s.status === 'error')!;
    expect(failed.error?.stack).toMatch(
      /^Error: bad \d+\n {4}at handler \(file:\/\/\/var\/task\/index\.mjs:5:32\)$/,
    );
    expect(failed.logs.at(-1)).toMatch(/^REPORT RequestId: /);
  });
});
