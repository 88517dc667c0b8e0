import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import type { TraceRecord } from '../../records/trace';

type Invoke = Extract<TraceRecord, { type: 'function.invoke' }>;

const flow = (reservedConcurrentExecutions: number | null = null) =>
  buildFlow({
    nodes: [
      {
        id: 'src',
        kind: 'source',
        settings: { events: [{ label: 'order', atSeconds: 1, payload: '{"order":42}' }] },
      },
      {
        id: 'worker',
        kind: 'function',
        settings: { errorRate: 1, duration: { type: 'constant', value: 200 }, reservedConcurrentExecutions },
      },
      { id: 'onFailure', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
    ],
    edges: [
      { source: 'src', target: 'worker', settings: { type: 'invoke' } },
      { source: 'worker', target: 'onFailure', settings: { type: 'destination', on: 'failure' } },
    ],
    run: { durationSeconds: 600 },
  });

describe('asynchronous invocation', () => {
  it('tries a failing function three times, ~1 min then ~2 min apart, then sends to the on-failure destination', () => {
    const run = runToCompletion(flow());
    const tries = run.spans
      .filter((s): s is Invoke => s.type === 'function.invoke' && s.nodeId === 'worker')
      .sort((a, b) => a.start - b.start);
    expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
    expect(tries.every((t) => t.status === 'error' && t.invocationType === 'Event')).toBe(true);
    expect(tries[1]!.start - tries[0]!.end).toBeCloseTo(60_000, 6);
    expect(tries[2]!.start - tries[1]!.end).toBeCloseTo(120_000, 6);
    // Retries of one event keep its request id.
    expect(new Set(tries.map((t) => t.requestId)).size).toBe(1);

    const delivered = run.spans.filter(
      (s): s is Invoke => s.type === 'function.invoke' && s.nodeId === 'onFailure',
    );
    expect(delivered).toHaveLength(1);
    const record = JSON.parse(delivered[0]!.payload!);
    expect(record.requestContext.condition).toBe('RetriesExhausted');
    expect(record.requestContext.approximateInvokeCount).toBe(3);
    expect(record.requestPayload).toEqual({ order: 42 });
    expect(record.responseContext.functionError).toBe('Unhandled');
    expect(delivered[0]!.traceId).toBe(tries[0]!.traceId);

    const src = run.summary.nodes.find((n) => n.nodeId === 'src')!;
    // The trace ends when the destination's invocation does.
    expect(src.histograms.e2eLatency!.count).toBe(1);
    expect(src.histograms.e2eLatency!.max).toBeCloseTo(delivered[0]!.end - 1000, 0);
  });

  it('sends events straight to the on-failure destination when reserved concurrency is 0', () => {
    const run = runToCompletion(flow(0));
    const worker = run.summary.nodes.find((n) => n.nodeId === 'worker')!;
    expect(worker.counters.invocations ?? 0).toBe(0);
    expect(worker.counters.throttles).toBe(1);
    expect(worker.counters.rejections).toBe(1);
    const delivered = run.spans.filter((s) => s.type === 'function.invoke' && s.nodeId === 'onFailure');
    expect(delivered).toHaveLength(1);
    expect(JSON.parse(delivered[0]!.payload!).requestContext.condition).toBe('Throttled');
    expect(delivered[0]!.start).toBe(1000);
  });

  it('retries throttled events with backoff 1 s, 2 s, 4 s... until the maximum event age', () => {
    const run = runToCompletion(
      buildFlow({
        nodes: [
          {
            id: 'src',
            kind: 'source',
            settings: {
              events: [
                { label: 'long', atSeconds: 0, payload: '{"n":1}' },
                { label: 'late', atSeconds: 0.5, payload: '{"n":2}' },
              ],
            },
          },
          // One environment, held 200 s by the first event: the second is throttled throughout.
          {
            id: 'worker',
            kind: 'function',
            settings: {
              reservedConcurrentExecutions: 1,
              timeout: 900,
              maximumEventAgeInSeconds: 60,
              duration: { type: 'constant', value: 200_000 },
            },
          },
          { id: 'onFailure', kind: 'function' },
        ],
        edges: [
          { source: 'src', target: 'worker', settings: { type: 'invoke' } },
          { source: 'worker', target: 'onFailure', settings: { type: 'destination', on: 'failure' } },
        ],
        run: { durationSeconds: 100 },
      }),
    );
    const throttles = run.spans.filter((s) => s.type === 'function.throttle').map((s) => s.start);
    // Tried at 0.5 s, then 1, 2, 4, 8 and 16 s later; the next wait (32 s) would pass 60 s of age.
    expect(throttles).toEqual([500, 1500, 3500, 7500, 15_500, 31_500]);
    const delivered = run.spans.filter((s) => s.type === 'function.invoke' && s.nodeId === 'onFailure');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.start).toBe(31_500);
    expect(JSON.parse(delivered[0]!.payload!).requestContext.condition).toBe('EventAgeExceeded');
    expect(run.summary.nodes.find((n) => n.nodeId === 'worker')!.counters.rejections).toBe(1);
  });

  it('sends the event alone, with Lambda attributes, to a dead-letter queue', () => {
    const run = runToCompletion(
      buildFlow({
        nodes: [
          {
            id: 'src',
            kind: 'source',
            settings: { events: [{ label: 'order', atSeconds: 0, payload: '{"order":7}' }] },
          },
          { id: 'worker', kind: 'function', settings: { errorRate: 1, maximumRetryAttempts: 0 } },
          { id: 'dlq', kind: 'queue' },
        ],
        edges: [
          { source: 'src', target: 'worker', settings: { type: 'invoke' } },
          { source: 'worker', target: 'dlq', settings: { type: 'deadLetter' } },
        ],
        run: { durationSeconds: 10 },
      }),
      { spanCapacity: 1000 },
    );
    const result = run.spans.find((s) => s.type === 'function.async-result');
    expect(result?.type === 'function.async-result' && result.outcome).toBe('dead-letter');
    expect(run.summary.nodes.find((n) => n.nodeId === 'dlq')!.counters.messagesIn).toBe(1);
    const sent = run.spans.find((s) => s.nodeId === 'dlq')!;
    // The queue took the event as the message body (not the invocation record).
    expect(sent.payload).toBe('{"order":7}');
  });
});
