import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../simulation';
import { clientToFunction } from './testFlows';

/** Erlang B blocking probability for offered load E (erlangs) on c servers. */
function erlangB(E: number, c: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (E * b) / (k + E * b);
  return b;
}

describe('Lambda as a loss system (M/M/c/c)', () => {
  // 80 req/s of exponential 100 ms work on 10 reserved environments: E = 8 erlangs.
  // Provisioned = reserved = 10, so no INIT ever lengthens a service time and the function
  // is exactly an Erlang loss system. 2,000 s gives ~160k arrivals: the blocking estimate's
  // standard error is about 0.001-0.002 (busy periods correlate successive arrivals), so
  // 0.01 absolute (~8% of B) is > 5 standard errors and still catches a wrong model
  // (B(8, 9) = 0.178, B(8, 11) = 0.08).
  const lambda = 80;
  const meanS = 0.1;
  const c = 10;
  const run = runToCompletion(
    clientToFunction({
      load: { type: 'poisson', rate: lambda },
      fn: {
        duration: { type: 'exponential', mean: meanS * 1000 },
        reservedConcurrentExecutions: c,
        provisionedConcurrency: c,
        timeout: 60,
      },
      durationSeconds: 2000,
      seed: 12,
    }),
    { spanCapacity: 100 },
  );
  const fn = run.summary.nodes.find((n) => n.nodeId === 'fn')!;
  const client = run.summary.nodes.find((n) => n.nodeId === 'client')!;

  it('blocks arrivals with the Erlang B probability', () => {
    const offered = fn.counters.invocations! + fn.counters.throttles!;
    const blocked = fn.counters.throttles! / offered;
    const expected = erlangB(lambda * meanS, c);
    expect(expected).toBeCloseTo(0.1217, 3);
    expect(Math.abs(blocked - expected)).toBeLessThan(0.01);
    // Nobody retried: every throttle was a rejection, seen by the client as a final 429.
    expect(fn.counters.rejections).toBe(fn.counters.throttles);
    expect(client.counters.rejected).toBe(fn.counters.throttles);
  });

  it("keeps mean busy environments at Little's law for the accepted load", () => {
    const accepted = fn.counters.invocations! / 2000;
    // L = lambda_accepted * W. The time average of 2,000 s of a process with ~0.1 s
    // correlation time is within a fraction of a percent; 2% is a safe bound.
    expect(Math.abs(fn.gauges.concurrency!.mean / (accepted * meanS) - 1)).toBeLessThan(0.02);
    expect(fn.gauges.concurrency!.max).toBe(c);
    expect(fn.counters.coldStarts).toBe(0);
  });
});
