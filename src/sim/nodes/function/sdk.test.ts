import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { createSimulation } from '../../simulation';
import type { InvokeRequest, SdkAnswer } from '../../runner';
import type { TraceRecord } from '../../records/trace';

const flow = buildFlow({
  nodes: [
    { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 50 } } },
    { id: 'f', kind: 'function', settings: { duration: { type: 'exponential', mean: 20 } } },
    { id: 'items', kind: 'table', settings: {} },
    { id: 'other', kind: 'queue', settings: {} },
  ],
  edges: [
    { source: 'c', target: 'f', settings: { type: 'invoke' } },
    { source: 'f', target: 'items', settings: { type: 'invoke' } },
  ],
  run: { durationSeconds: 5, seed: 4 },
});

/**
 * A scripted runner standing in for the workers: each invocation puts an item, then sends
 * to a queue it is not connected to, then returns. `order` decides in which order the
 * held work is handed back (the workers' timing), which must not change the run.
 */
function run(order: 'fifo' | 'lifo'): string {
  const sim = createSimulation(flow, { runner: { type: 'external' } });
  type Held = { type: 'result' | 'wait'; req: InvokeRequest; step: number; at: number };
  const held: Held[] = [];
  const reqs = new Map<string, { req: InvokeRequest; step: number }>();
  for (let guard = 0; guard < 100_000; guard++) {
    const step = sim.advance();
    for (const e of sim.takeEffects()) {
      if (e.type === 'invoke') {
        reqs.set(e.request.requestId, { req: e.request, step: 0 });
        held.push({ type: 'wait', req: e.request, step: 0, at: e.request.startMs + e.request.declaredMs });
      } else {
        const a: SdkAnswer = e.answer;
        const r = reqs.get(a.requestId)!;
        r.step++;
        held.push({ type: r.step === 2 ? 'result' : 'wait', req: r.req, step: r.step, at: a.atMs });
      }
    }
    if (step.state === 'done') break;
    const n = Math.max(1, Math.ceil(held.length / 2));
    const batch = order === 'fifo' ? held.splice(0, n) : held.splice(held.length - n, n).reverse();
    for (const h of batch) {
      const id = h.req.requestId;
      if (h.type === 'result') {
        sim.deliver({
          requestId: id,
          outcome: 'ok',
          value: null,
          extraMs: h.at - (h.req.startMs + h.req.declaredMs),
          logs: ['done'],
          sdkCalls: [],
        });
      } else if (h.step === 0) {
        sim.sdkWait(id, [
          {
            requestId: id,
            callId: 1,
            service: 'dynamodb',
            operation: 'PutItem',
            input: { TableName: 'items', Item: { pk: { S: id } } },
            atMs: h.at,
          },
        ]);
      } else {
        sim.sdkWait(id, [
          {
            requestId: id,
            callId: 2,
            service: 'sqs',
            operation: 'SendMessage',
            input: { QueueUrl: 'other', MessageBody: 'x' },
            atMs: h.at,
          },
        ]);
      }
    }
  }
  return JSON.stringify(sim.result());
}

describe('SDK calls in the core', () => {
  it('gives the same run whatever order the runner reports calls and results in', () => {
    const fifo = run('fifo');
    expect(run('lifo')).toBe(fifo);
    const result = JSON.parse(fifo) as { spans: TraceRecord[] };
    const invokes = result.spans.filter((s) => s.type === 'function.invoke');
    expect(invokes.length).toBeGreaterThan(100);
    const first = invokes[0]!;
    if (first.type !== 'function.invoke') throw new Error('unreachable');
    expect(first.sdkCalls.map((c) => [c.operation, c.status, c.targetNodeId])).toEqual([
      ['PutItem', 'ok', 'items'],
      ['SendMessage', 'denied', null],
    ]);
    // The table's latency is part of the function's duration, and its span is the function's child.
    expect(first.durationMs).toBeGreaterThanOrEqual(first.sdkCalls[0]!.ms);
    expect(first.sdkCalls[0]!.ms).toBeGreaterThan(0);
    const put = result.spans.find((s) => s.type === 'table.request' && s.traceId === first.traceId)!;
    expect(put.parentSpanId).toBe(first.spanId);
    expect(first.logs[0]).toMatch(/^START RequestId: /);
    expect(first.logs.at(-1)).toMatch(/^REPORT RequestId: .*\tInit Duration: \d+\.\d\d ms$/);
  });
});
