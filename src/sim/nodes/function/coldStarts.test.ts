import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../simulation';
import { clientToFunction } from './testFlows';

describe('cold starts', () => {
  it('fall as the keep-alive grows', () => {
    // 2 req/s, 100 ms each: environments sit idle between requests for ~0.5 s on average.
    const share = (keepAliveSeconds: number) => {
      const r = runToCompletion(
        clientToFunction({
          load: { type: 'poisson', rate: 2 },
          fn: { duration: { type: 'constant', value: 100 } },
          durationSeconds: 3600,
          keepAliveSeconds,
          seed: 4,
        }),
        { spanCapacity: 10 },
      );
      return r.summary.nodes.find((n) => n.nodeId === 'fn')!.derived.coldStartShare!;
    };
    const shares = [0.2, 1, 5, 60].map(share);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeLessThan(shares[i - 1]!);
    // With T = 0.2 s, a request is warm only if the last one ended < 0.2 s ago: P ~ 1-e^(-2*0.2) ~ 0.33 warm.
    expect(shares[0]!).toBeGreaterThan(0.5);
    expect(shares[3]!).toBeLessThan(0.01);
  });

  const steady = (provisionedConcurrency: number, rate: number) =>
    runToCompletion(
      clientToFunction({
        // Evenly spaced: 40 req/s of 100 ms keeps exactly 4 requests in flight.
        load: { type: 'constant', rate },
        fn: { duration: { type: 'constant', value: 100 }, provisionedConcurrency },
        durationSeconds: 60,
      }),
    ).summary.nodes.find((n) => n.nodeId === 'fn')!;

  it('disappear with provisioned environments up to their number', () => {
    expect(steady(0, 40).counters.coldStarts).toBeGreaterThan(0);
    const covered = steady(5, 40);
    expect(covered.counters.coldStarts).toBe(0);
    expect(covered.gauges.environments!.max).toBe(5);
  });

  it('spill over to on-demand environments beyond the provisioned ones', () => {
    // 80 req/s needs 8 at once: 5 provisioned, the rest start cold.
    const spill = steady(5, 80);
    expect(spill.counters.coldStarts).toBeGreaterThanOrEqual(3);
    expect(spill.counters.coldStarts).toBeLessThan(20);
  });
});
