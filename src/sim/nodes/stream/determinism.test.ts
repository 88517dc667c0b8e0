import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';

/** A flow through every router and store of this folder's siblings: API, stream, table stream, bucket, external. */
const flow = (seed: number) =>
  buildFlow({
    nodes: [
      {
        id: 'client',
        kind: 'client',
        settings: {
          load: { type: 'poisson', rate: 40 },
          request: {
            method: 'POST',
            path: '/orders/{{int 1 9}}',
            headers: {},
            body: '{"id":"{{uuid}}","n":{{seq}}}',
          },
        },
      },
      { id: 'api', kind: 'api', settings: { throttlingRateLimit: 30, throttlingBurstLimit: 10 } },
      { id: 'ingest', kind: 'function', settings: { errorRate: 0.05 } },
      { id: 'events', kind: 'stream', settings: { shardCount: 2 } },
      { id: 'reader', kind: 'function', settings: { errorRate: 0.02 } },
      {
        id: 'orders',
        kind: 'table',
        settings: { partitionKey: { name: 'id', type: 'S' }, streamViewType: 'NEW_AND_OLD_IMAGES' },
      },
      { id: 'audit', kind: 'function', settings: {} },
      { id: 'files', kind: 'bucket', settings: {} },
      { id: 'onFile', kind: 'function', settings: {} },
      { id: 'partner', kind: 'external', settings: { errorRate: 0.1, rateLimit: 20 } },
      {
        id: 'src',
        kind: 'source',
        settings: {
          events: [
            { label: 'order', atSeconds: 1, payload: '{"id":"o1"}' },
            { label: 'order2', atSeconds: 3, payload: '{"id":"o2"}' },
          ],
        },
      },
      { id: 'client2', kind: 'client', settings: { load: { type: 'poisson', rate: 5 } } },
    ],
    edges: [
      { source: 'client', target: 'api', settings: { type: 'invoke' } },
      { source: 'api', target: 'ingest', settings: { type: 'integration', routeKey: 'POST /orders/{id}' } },
      { source: 'api', target: 'events', settings: { type: 'integration', routeKey: 'ANY /{proxy+}' } },
      {
        source: 'events',
        target: 'reader',
        settings: {
          type: 'streamMapping',
          parallelizationFactor: 2,
          bisectBatchOnFunctionError: true,
          maximumRetryAttempts: 1,
        },
      },
      { source: 'src', target: 'orders', settings: { type: 'invoke' } },
      { source: 'src', target: 'files', settings: { type: 'invoke' } },
      { source: 'orders', target: 'audit', settings: { type: 'streamMapping' } },
      { source: 'files', target: 'onFile', settings: { type: 'notification' } },
      { source: 'client2', target: 'partner', settings: { type: 'invoke' } },
      { source: 'client2', target: 'events', settings: { type: 'invoke' } },
    ],
    run: { durationSeconds: 60, seed },
  });

describe('routers and stores', () => {
  it('give the same run, byte for byte, for the same seed, and a different one for another seed', () => {
    const a = JSON.stringify(runToCompletion(flow(1)));
    expect(JSON.stringify(runToCompletion(flow(1)))).toBe(a);
    expect(JSON.stringify(runToCompletion(flow(2)))).not.toBe(a);
  });

  it('simulates every kind of the flow (no unsimulated warnings)', () => {
    const run = runToCompletion(flow(1));
    expect(run.summary.warnings.filter((w) => w.type === 'kind-not-simulated')).toEqual([]);
    const audit = run.summary.nodes.find((n) => n.nodeId === 'audit')!;
    expect(audit.counters.invocations).toBeGreaterThan(0);
    expect(run.summary.nodes.find((n) => n.nodeId === 'onFile')!.counters.invocations).toBe(2);
  });
});
