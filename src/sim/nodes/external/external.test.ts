import { describe, expect, it } from 'vitest';
import type { ExternalSettings } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';

const run = (settings: Partial<ExternalSettings>, rate: number) =>
  runToCompletion(
    buildFlow({
      nodes: [
        { id: 'client', kind: 'client', settings: { load: { type: 'constant', rate } } },
        { id: 'ext', kind: 'external', settings },
      ],
      edges: [{ source: 'client', target: 'ext', settings: { type: 'invoke' } }],
      run: { durationSeconds: 10, seed: 5 },
    }),
  );

const client = (r: ReturnType<typeof run>) => r.summary.nodes.find((n) => n.nodeId === 'client')!;

describe('external service', () => {
  it('answers after its latency model', () => {
    const r = run({ latency: { type: 'constant', value: 250 } }, 10);
    expect(client(r).histograms.e2eLatency!.p50).toBeCloseTo(250, -1);
    // Every call answered in the run succeeded (the last ones are still in flight at the end).
    expect(client(r).counters.responses2xx).toBeGreaterThanOrEqual(97);
    expect((client(r).counters.responses4xx ?? 0) + (client(r).counters.responses5xx ?? 0)).toBe(0);
  });

  it('fails about errorRate of the calls with 500', () => {
    const r = run({ latency: { type: 'constant', value: 1 }, errorRate: 0.3 }, 200);
    const share = client(r).counters.responses5xx! / client(r).counters.requests!;
    expect(share).toBeGreaterThan(0.26);
    expect(share).toBeLessThan(0.34);
  });

  it('answers 429 above rateLimit calls per second', () => {
    const r = run({ latency: { type: 'constant', value: 1 }, rateLimit: 50 }, 80);
    expect(client(r).counters.responses2xx).toBe(500);
    expect(client(r).counters.responses4xx).toBe(300);
  });
});
