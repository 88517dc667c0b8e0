import { describe, expect, it } from 'vitest';
import { Sketch } from './sketch';
import { RandomStream } from './random';

describe('Sketch', () => {
  it('gives quantiles within ~2% of the exact ones', () => {
    const r = new RandomStream(5);
    const s = new Sketch();
    const xs: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const x = -100 * Math.log(r.nextOpen());
      xs.push(x);
      s.add(x);
    }
    xs.sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.99]) {
      const exact = xs[Math.floor(q * (xs.length - 1))]!;
      expect(Math.abs(s.quantile(q) / exact - 1)).toBeLessThan(0.02);
    }
    expect(s.max).toBe(xs[xs.length - 1]);
  });

  it('merges by adding counts', () => {
    const a = new Sketch();
    const b = new Sketch();
    for (let i = 1; i <= 100; i++) (i <= 50 ? a : b).add(i);
    a.merge(b);
    expect(a.count).toBe(100);
    expect(Math.abs(a.quantile(0.5) - 50)).toBeLessThan(1.5);
    expect(a.max).toBe(100);
  });
});
