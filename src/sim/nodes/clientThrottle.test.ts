import { describe, expect, it } from 'vitest';
import { buildFlow } from '../flowBuilder';
import { runToCompletion } from '../simulation';
import { isThrottle } from './client';

describe('client retries of throttling errors', () => {
  it('treats 429 and the 400 throttling codes of Kinesis and DynamoDB as throttles, not other 400s', () => {
    expect(isThrottle(429, null)).toBe(true);
    expect(
      isThrottle(400, { status: 400, body: { __type: 'ProvisionedThroughputExceededException' }, spanId: 0 }),
    ).toBe(true);
    expect(
      isThrottle(400, { status: 400, error: { type: 'ThrottlingException', message: '' }, spanId: 0 }),
    ).toBe(true);
    expect(isThrottle(400, { status: 400, body: { __type: 'ValidationException' }, spanId: 0 })).toBe(false);
    expect(isThrottle(500, null)).toBe(false);
    expect(isThrottle('timeout', null)).toBe(false);
  });

  it('retries a Kinesis write throttle, so fewer requests end rejected than with no retries', () => {
    const flow = (maxAttempts: number) =>
      buildFlow({
        nodes: [
          {
            id: 'c',
            kind: 'client',
            settings: {
              load: { type: 'constant', rate: 1500 },
              retry: { maxAttempts, baseDelayMs: 50, maxDelayMs: 2000 },
            },
          },
          { id: 's', kind: 'stream', settings: { shardCount: 1 } },
        ],
        edges: [{ source: 'c', target: 's', settings: { type: 'invoke' } }],
        run: { durationSeconds: 2 },
      });
    const counters = (n: number) =>
      runToCompletion(flow(n)).summary.nodes.find((x) => x.nodeId === 'c')!.counters;
    const none = counters(0);
    const three = counters(3);
    expect(none['retries'] ?? 0).toBe(0);
    expect(three['retries']).toBeGreaterThan(0);
    expect(none['rejected']).toBeGreaterThan(0);
    expect(three['rejected']).toBeLessThan(none['rejected']!);
  });
});

describe('client timeout after a throttled attempt', () => {
  it('never retries an attempt twice when a 429 backoff outlasts the timeout', () => {
    const maxAttempts = 2;
    const flow = buildFlow({
      nodes: [
        {
          id: 'c',
          kind: 'client',
          settings: {
            load: { type: 'constant', rate: 200 },
            timeoutMs: 300,
            retry: { maxAttempts, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 'none' },
          },
        },
        { id: 'api', kind: 'api', settings: { throttlingRateLimit: 10, throttlingBurstLimit: 10 } },
        { id: 'fn', kind: 'function' },
      ],
      edges: [
        { source: 'c', target: 'api', settings: { type: 'invoke' } },
        { source: 'api', target: 'fn', settings: { type: 'integration' } },
      ],
      run: { durationSeconds: 5 },
    });
    const r = runToCompletion(flow);
    const perTrace = new Map<number, number>();
    for (const s of r.spans)
      if (s.type === 'client.request') perTrace.set(s.traceId, (perTrace.get(s.traceId) ?? 0) + 1);
    expect(Math.max(...perTrace.values())).toBe(maxAttempts + 1);
    const c = r.summary.nodes.find((n) => n.nodeId === 'c')!.counters;
    expect(c.attempts).toBeLessThanOrEqual(c.requests! * (maxAttempts + 1));
    expect(c.retries).toBeGreaterThan(0);
  });
});
