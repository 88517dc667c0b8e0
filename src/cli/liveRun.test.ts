// The app's run controller with real handler code in Node workers: answers that arrive while
// the loop yields must not be mistaken for invocations the pool forgot.
import { afterAll, describe, expect, it } from 'vitest';
import { buildFlow } from '../sim';
import { createRunController } from '../runtime/run/runController';
import type { HandlerPool } from '../runtime/pool';
import { nodeHandlerPool } from './nodePool';

const CODE = `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ n: event.body?.length ?? 0 }) });`;

const flow = buildFlow({
  nodes: [
    { id: 'web', kind: 'client', settings: { load: { type: 'poisson', rate: 200 } } },
    { id: 'fn', kind: 'function', settings: { code: CODE } },
  ],
  edges: [{ source: 'web', target: 'fn', settings: { type: 'invoke' } }],
  run: { durationSeconds: 10 },
});

const pools: HandlerPool[] = [];
afterAll(() => pools.forEach((p) => p.close()));

describe('run controller with handler code', () => {
  it('finishes runs at full speed, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const c = createRunController({
        makePool: () => {
          const pool = nodeHandlerPool({ size: 2 });
          pools.push(pool);
          return Promise.resolve({ pool, dispose: () => pool.close() });
        },
        speed: 'max',
        notifyEveryMs: 0,
      });
      c.start(flow, { seed: i + 1 });
      await new Promise<void>((resolve) => {
        const off = c.subscribe(() => {
          if (c.getState().status !== 'running') {
            off();
            resolve();
          }
        });
      });
      expect(c.getState()).toMatchObject({ status: 'done', error: null, resultWithCode: true });
      const fn = c.getResult()!.summary.nodes.find((n) => n.nodeId === 'fn')!;
      expect(fn.counters.invocations).toBeGreaterThan(1500);
    }
  });
});
