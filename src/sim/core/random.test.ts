import { describe, expect, it } from 'vitest';
import { hashString, nodeStream, RandomStream } from './random';

describe('RandomStream', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = new RandomStream(42);
    const b = new RandomStream(42);
    const c = new RandomStream(43);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });

  it('draws uniformly in [0, 1): mean 1/2, variance 1/12, flat deciles', () => {
    const r = new RandomStream(1);
    const n = 200_000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      if (u < 0 || u >= 1) outside++;
      sum += u;
      sq += u * u;
      bins[Math.floor(u * 10)]++;
    }
    const mean = sum / n;
    expect(outside).toBe(0);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sq / n - mean * mean).toBeCloseTo(1 / 12, 2);
    // Each decile expects 20,000 +- 134 (binomial sd): 4 sd is 540.
    for (const b of bins) expect(Math.abs(b - n / 10)).toBeLessThan(540);
  });

  it('gives each node its own stream: adding a node does not change the others', () => {
    const before = nodeStream(9, 'fnA');
    nodeStream(9, 'newNode').next();
    const after = nodeStream(9, 'fnA');
    expect(after.next()).toBe(before.next());
    expect(nodeStream(9, 'fnA').next()).not.toBe(nodeStream(9, 'fnB').next());
    expect(hashString('a', 1)).not.toBe(hashString('a', 2));
  });

  it('makes version 4 shaped uuids', () => {
    const id = new RandomStream(3).uuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
