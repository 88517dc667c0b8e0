import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../simulation';
import { clientToFunction } from './testFlows';

describe('scaling rate', () => {
  // A step from 0 to 20,000 req/s of 1 s work needs ~20,000 environments; Lambda adds at
  // most 1,000 every 10 s per function (a bucket of 1,000 refilled at 100/s). Account
  // concurrency is raised so that only the scaling rate limits.
  const run = runToCompletion(
    clientToFunction({
      load: { type: 'constant', rate: 20_000 },
      fn: { duration: { type: 'constant', value: 1000 }, memorySize: 1769, timeout: 10 },
      durationSeconds: 30,
      accountConcurrency: 100_000,
    }),
    { spanCapacity: 1000 },
  );
  const fn = run.summary.nodes.find((n) => n.nodeId === 'fn')!;
  const series = run.series.find((s) => s.nodeId === 'fn')!;
  const bucketS = run.summary.bucketMs / 1000;

  it('adds at most 1,000 environments at once, then 100 per second', () => {
    // Demand exceeds supply all along, so every token is spent: 1,000 + 100 per second.
    expect(fn.derived.environmentsCreated).toBeLessThanOrEqual(1000 + 100 * 30 + 1);
    expect(fn.derived.environmentsCreated).toBeGreaterThanOrEqual(1000 + 100 * 29);
    const maxBy = (s: number) =>
      Math.max(...series.gauges.environments!.max.slice(0, Math.ceil(s / bucketS)));
    expect(maxBy(1)).toBeLessThanOrEqual(1000 + 100 * 1 + 1);
    expect(maxBy(10)).toBeLessThanOrEqual(1000 + 100 * 10 + 1);
    expect(maxBy(10)).toBeGreaterThanOrEqual(1000 + 100 * 9);
    expect(fn.gauges.environments!.max).toBeLessThanOrEqual(1000 + 100 * 30 + 1);
  });

  it('throttles the excess with 429s', () => {
    const client = run.summary.nodes.find((n) => n.nodeId === 'client')!;
    expect(fn.counters.throttles).toBeGreaterThan(400_000);
    expect(client.counters.responses4xx).toBe(fn.counters.throttles);
    expect(fn.counters.invocations).toBe(client.counters.responses2xx);
    const throttle = run.spans.find((s) => s.type === 'function.throttle');
    expect(throttle?.type === 'function.throttle' && throttle.limit).toBe('scaling-rate');
  });
});
