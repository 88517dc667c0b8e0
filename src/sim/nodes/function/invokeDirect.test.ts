import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { createSimulation } from '../../simulation';
import type { InvokeRequest } from '../../runner';

const flow = buildFlow({
  nodes: [
    { id: 'f', kind: 'function', settings: { duration: { type: 'constant', value: 40 }, timeout: 3 } },
    { id: 'items', kind: 'table', settings: {} },
  ],
  edges: [{ source: 'f', target: 'items', settings: { type: 'invoke' } }],
  run: { durationSeconds: 5, seed: 2 },
});

describe('Simulation.invokeNow', () => {
  it('invokes a function with no caller and serves its SDK calls on the flow', () => {
    const sim = createSimulation(flow, { runner: { type: 'external' } });
    const id = sim.invokeNow('f', { order: 7 });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    let request: InvokeRequest | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const step = sim.advance();
      for (const e of sim.takeEffects()) {
        if (e.type === 'invoke') {
          request = e.request;
          const at = e.request.startMs + e.request.declaredMs;
          sim.sdkWait(e.request.requestId, [
            {
              requestId: id!,
              callId: 1,
              service: 'dynamodb',
              operation: 'PutItem',
              input: { TableName: 'items', Item: { pk: { S: 'o-7' } } },
              atMs: at,
            },
          ]);
        } else {
          sim.deliver({
            requestId: e.answer.requestId,
            outcome: 'ok',
            value: { statusCode: 201 },
            extraMs: e.answer.atMs - 40,
            logs: ['put'],
            sdkCalls: [],
          });
        }
      }
      if (step.state === 'done') break;
    }
    expect(request?.requestId).toBe(id);
    expect(request?.event).toEqual({ order: 7 });
    expect(request?.coldStart).toBe(true);
    const r = sim.result();
    const span = r.spans.find((s) => s.type === 'function.invoke');
    expect(span?.type === 'function.invoke' && span.requestId).toBe(id);
    expect(span?.type === 'function.invoke' && span.sdkCalls.map((c) => [c.operation, c.status])).toEqual([
      ['PutItem', 'ok'],
    ]);
    expect(r.stores.items).toBeDefined();
    expect(JSON.stringify(r.stores.items)).toContain('o-7');
  });

  it('refuses what is not a function', () => {
    const sim = createSimulation(flow, { runner: { type: 'external' } });
    expect(sim.invokeNow('items', {})).toBeNull();
    expect(sim.invokeNow('nope', {})).toBeNull();
  });
});
