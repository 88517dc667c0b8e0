import { buildFlow } from '../src/sim/flowBuilder';
import { runToCompletion, type RunResult } from '../src/sim';

/** Three clients, each calling its own function at `rate` req/s (Poisson) for `seconds`. */
export function engineRun(rate: number, seconds: number): RunResult {
  const ids = ['orders', 'payments', 'emails'];
  const flow = buildFlow({
    name: 'Benchmark: 3 functions',
    nodes: [
      ...ids.map((id) => ({
        id: `${id}Client`,
        kind: 'client' as const,
        settings: { load: { type: 'poisson' as const, rate } },
      })),
      ...ids.map((id) => ({
        id,
        kind: 'function' as const,
        settings: {
          memorySize: 512,
          duration: { type: 'lognormal' as const, median: 40, sigma: 0.4 },
          errorRate: 0.001,
        },
      })),
    ],
    edges: ids.map((id) => ({ source: `${id}Client`, target: id, settings: { type: 'invoke' as const } })),
    run: { durationSeconds: seconds, accountConcurrency: 3000 },
  });
  // Sampling as the app would use it on a long, busy run: 1% of traces, all errors.
  return runToCompletion(flow, { spanSampleRate: 0.01, spanCapacity: 20_000 });
}
