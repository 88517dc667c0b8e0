import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../model';
import { distributionMean, distributionMedian, sampler } from './distribution';
import { RandomStream } from './random';

function moments(d: Distribution, n = 100_000): { mean: number; variance: number; min: number } {
  const draw = sampler(d);
  const r = new RandomStream(11);
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const x = draw(r);
    sum += x;
    sq += x * x;
    min = Math.min(min, x);
  }
  const mean = sum / n;
  return { mean, variance: sq / n - mean * mean, min };
}

// With 100k draws the sample mean's relative error is ~cv/316; 2% tolerances leave > 4 sd.
describe('distributions', () => {
  it('constant', () => {
    expect(moments({ type: 'constant', value: 7 })).toEqual({ mean: 7, variance: 0, min: 7 });
  });
  it('uniform: mean (a+b)/2, variance (b-a)^2/12', () => {
    const m = moments({ type: 'uniform', min: 10, max: 30 });
    expect(m.mean).toBeCloseTo(20, 0);
    expect(m.variance / (400 / 12)).toBeCloseTo(1, 1);
    expect(m.min).toBeGreaterThanOrEqual(10);
  });
  it('normal: mean and variance, never negative', () => {
    const m = moments({ type: 'normal', mean: 100, stddev: 15 });
    expect(m.mean / 100).toBeCloseTo(1, 2);
    expect(m.variance / 225).toBeCloseTo(1, 1);
    expect(moments({ type: 'normal', mean: 1, stddev: 5 }).min).toBe(0);
  });
  it('lognormal: mean median*e^(s^2/2), variance (e^(s^2)-1) mean^2', () => {
    const d: Distribution = { type: 'lognormal', median: 40, sigma: 0.4 };
    const m = moments(d);
    const mean = distributionMean(d);
    expect(m.mean / mean).toBeCloseTo(1, 1);
    expect(m.variance / ((Math.exp(0.16) - 1) * mean * mean)).toBeGreaterThan(0.9);
    expect(m.variance / ((Math.exp(0.16) - 1) * mean * mean)).toBeLessThan(1.1);
  });
  it('exponential: variance is mean squared', () => {
    const m = moments({ type: 'exponential', mean: 50 });
    expect(Math.abs(m.mean / 50 - 1)).toBeLessThan(0.02);
    expect(Math.abs(m.variance / 2500 - 1)).toBeLessThan(0.05);
  });
  it('empirical: picks each sample uniformly', () => {
    const m = moments({ type: 'empirical', samples: [1, 2, 3, 10] });
    expect(Math.abs(m.mean - 4)).toBeLessThan(0.1);
    expect(Math.abs(m.variance - 12.5) / 12.5).toBeLessThan(0.05);
  });
});

describe('distributionMedian', () => {
  it('gives the exact median of each type', () => {
    expect(distributionMedian({ type: 'constant', value: 7 })).toBe(7);
    expect(distributionMedian({ type: 'uniform', min: 10, max: 30 })).toBe(20);
    expect(distributionMedian({ type: 'normal', mean: 50, stddev: 10 })).toBe(50);
    expect(distributionMedian({ type: 'lognormal', median: 40, sigma: 0.4 })).toBe(40);
    expect(distributionMedian({ type: 'exponential', mean: 100 })).toBeCloseTo(69.3147, 3);
    expect(distributionMedian({ type: 'empirical', samples: [9, 1, 5] })).toBe(5);
    expect(distributionMedian({ type: 'empirical', samples: [9, 1, 5, 3] })).toBe(4);
  });

  it('matches the median of the draws (half the draws below, half above)', () => {
    const ds: Distribution[] = [
      { type: 'lognormal', median: 40, sigma: 0.8 },
      { type: 'exponential', mean: 100 },
      { type: 'normal', mean: 20, stddev: 5 },
      { type: 'uniform', min: 0, max: 10 },
    ];
    for (const d of ds) {
      const draw = sampler(d);
      const r = new RandomStream(5);
      const m = distributionMedian(d);
      let below = 0;
      const n = 40_000;
      for (let i = 0; i < n; i++) if (draw(r) < m) below++;
      expect(below / n).toBeGreaterThan(0.49);
      expect(below / n).toBeLessThan(0.51);
    }
  });
});
