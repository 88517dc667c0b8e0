import { describe, expect, it } from 'vitest';
import type { LoadProfile } from '../../model';
import { RandomStream } from '../core/random';
import { arrivals, rateAt } from './load';

function times(p: LoadProfile, untilMs: number, seed = 3): number[] {
  const a = arrivals(p);
  const r = new RandomStream(seed);
  const out: number[] = [];
  for (let t = a.next(-1, r, untilMs); t < untilMs; t = a.next(t, r, untilMs)) out.push(t);
  return out;
}

function countIn(ts: number[], fromS: number, toS: number): number {
  return ts.filter((t) => t >= fromS * 1000 && t < toS * 1000).length;
}

describe('load profiles', () => {
  it('constant spaces requests evenly from t=0', () => {
    expect(times({ type: 'constant', rate: 4 }, 1000)).toEqual([0, 250, 500, 750]);
  });

  it('poisson: count ~ rate x time, gaps with coefficient of variation 1', () => {
    const ts = times({ type: 'poisson', rate: 200 }, 100_000);
    // Expected 20,000 +- 141 (Poisson sd): 4 sd.
    expect(Math.abs(ts.length - 20_000)).toBeLessThan(570);
    const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length);
    expect(Math.abs(sd / mean - 1)).toBeLessThan(0.05);
  });

  it('ramp follows the rate line', () => {
    const p: LoadProfile = { type: 'ramp', from: 0, to: 1000, durationSeconds: 100 };
    const ts = times(p, 100_000);
    // Expected total 50,000; first tenth ~500, last tenth ~9,500 (sd < 100).
    expect(Math.abs(ts.length - 50_000)).toBeLessThan(1_000);
    expect(Math.abs(countIn(ts, 0, 10) - 500)).toBeLessThan(100);
    expect(Math.abs(countIn(ts, 90, 100) - 9_500)).toBeLessThan(400);
  });

  it('spike raises the rate only inside its window', () => {
    const ts = times({ type: 'spike', base: 10, peak: 1000, atSeconds: 10, durationSeconds: 5 }, 30_000);
    expect(Math.abs(countIn(ts, 10, 15) - 5_000)).toBeLessThan(300);
    expect(countIn(ts, 0, 10)).toBeLessThan(150);
    expect(countIn(ts, 15, 30)).toBeLessThan(220);
  });

  it('wave starts at min and peaks at half period', () => {
    const p: LoadProfile = { type: 'wave', min: 0, max: 1000, periodSeconds: 100 };
    expect(rateAt(p, 0)).toBe(0);
    expect(rateAt(p, 50)).toBeCloseTo(1000);
    const ts = times(p, 100_000);
    expect(Math.abs(ts.length - 50_000)).toBeLessThan(1_000);
    expect(countIn(ts, 45, 55)).toBeGreaterThan(countIn(ts, 0, 10) * 10);
  });

  it('steps switch rate at their times, 0 before the first', () => {
    const p: LoadProfile = {
      type: 'steps',
      steps: [
        { atSeconds: 5, rate: 100 },
        { atSeconds: 10, rate: 0 },
        { atSeconds: 15, rate: 400 },
      ],
    };
    const ts = times(p, 20_000);
    expect(countIn(ts, 0, 5)).toBe(0);
    expect(Math.abs(countIn(ts, 5, 10) - 500)).toBeLessThan(100);
    expect(countIn(ts, 10, 15)).toBe(0);
    expect(Math.abs(countIn(ts, 15, 20) - 2000)).toBeLessThan(200);
  });

  it('a profile that never sends again ends', () => {
    const a = arrivals({ type: 'spike', base: 0, peak: 10, atSeconds: 0, durationSeconds: 1 });
    expect(a.next(5_000, new RandomStream(1))).toBe(Infinity);
  });
});

describe('clientRate', () => {
  it('sums the mean rate of every client over the run', async () => {
    const { buildFlow } = await import('../flowBuilder');
    const { clientRate } = await import('./load');
    const flow = buildFlow({
      nodes: [
        { id: 'a', kind: 'client', settings: { load: { type: 'constant', rate: 10 } } },
        {
          id: 'b',
          kind: 'client',
          settings: { load: { type: 'ramp', from: 0, to: 100, durationSeconds: 100 } },
        },
        { id: 'f', kind: 'function' },
      ],
    });
    expect(clientRate(flow, 100)).toBeCloseTo(60, 5);
    expect(clientRate(flow, 200)).toBeCloseTo(10 + 75, 5);
  });
});
