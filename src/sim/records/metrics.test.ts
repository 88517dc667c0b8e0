import { describe, expect, it } from 'vitest';
import { chooseBucketMs } from './buckets';
import { Counter, Gauge, Histogram, MetricsClock } from './metrics';

describe('metric series', () => {
  it('picks a nice bucket size giving at most 600 buckets', () => {
    expect(chooseBucketMs(60_000)).toBe(100);
    expect(chooseBucketMs(600_000)).toBe(1_000);
    expect(chooseBucketMs(3_600_000)).toBe(10_000);
    expect(chooseBucketMs(31 * 86_400_000)).toBe(7_200_000);
    for (const d of [1, 999, 123_456, 86_400_000]) expect(d / chooseBucketMs(d)).toBeLessThanOrEqual(600);
  });

  it('counts per bucket and in total, ignoring time past the end', () => {
    const c = new Counter(new MetricsClock(10, 30));
    c.add(0);
    c.add(9.9, 2);
    c.add(25);
    c.add(30);
    expect(Array.from(c.series)).toEqual([3, 0, 1]);
    expect(c.total).toBe(5);
  });

  it('keeps time-weighted means and maxima of a level across buckets', () => {
    const g = new Gauge(new MetricsClock(10, 40));
    g.set(5, 2); // 2 from 5 to 25
    g.set(25, 6); // 6 from 25 to 40
    g.advance(40);
    expect(Array.from(g.integral)).toEqual([10, 20, 40, 60]);
    expect(Array.from(g.maxSeries)).toEqual([2, 2, 6, 6]);
    expect(g.mean(40)).toBeCloseTo((2 * 20 + 6 * 15) / 40, 12);
    expect(g.max).toBe(6);
  });

  it('counts the current level up to a mid-run read without changing the series', () => {
    const g = new Gauge(new MetricsClock(10, 100));
    g.set(0, 4);
    expect(g.mean(50)).toBe(4);
    expect(Array.from(g.integral.slice(0, 2))).toEqual([0, 0]);
  });

  it('closes each bucket of a histogram with its own percentiles', () => {
    const h = new Histogram(new MetricsClock(10, 30));
    for (let i = 1; i <= 100; i++) h.record(1, i);
    h.record(15, 1000);
    h.flush();
    expect(h.count[0]).toBe(100);
    expect(Math.abs(h.p50[0]! - 50) / 50).toBeLessThan(0.03);
    expect(h.max[1]).toBe(1000);
    expect(h.count[2]).toBe(0);
    expect(h.quantiles().count).toBe(101);
  });
});
