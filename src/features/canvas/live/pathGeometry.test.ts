import { describe, expect, it } from 'vitest';
import { handlePoint, pointAt, samplePath } from './pathGeometry';

describe('samplePath', () => {
  it('spaces points evenly along a straight line', () => {
    const s = samplePath('M0,0 L100,0', 10);
    expect(s.length).toBeCloseTo(100);
    expect(s.xs.length).toBe(11);
    expect(Array.from(s.xs)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(Array.from(s.ys).every((y) => y === 0)).toBe(true);
  });

  it('keeps an even pace around a corner of unequal legs', () => {
    // 30 across, then 90 down: the middle of the length is 30 units down the second leg.
    const s = samplePath('M0,0 H30 V90', 5);
    expect(s.length).toBeCloseTo(120);
    const mid = pointAt(s, 0.5);
    expect(mid.x).toBeCloseTo(30);
    expect(mid.y).toBeCloseTo(30);
  });

  it('follows a cubic curve from end to end, with its length longer than the chord', () => {
    const s = samplePath('M0,0 C50,0 50,100 100,100');
    expect(pointAt(s, 0)).toEqual({ x: 0, y: 0 });
    const end = pointAt(s, 1);
    expect(end.x).toBeCloseTo(100);
    expect(end.y).toBeCloseTo(100);
    expect(s.length).toBeGreaterThan(Math.hypot(100, 100));
    // Symmetric S-curve: half the length is at its centre.
    const mid = pointAt(s, 0.5);
    expect(mid.x).toBeCloseTo(50, 0);
    expect(mid.y).toBeCloseTo(50, 0);
  });

  it('reads relative commands and quadratic curves', () => {
    const s = samplePath('m10,10 l10,0 q5,0 5,5');
    const end = pointAt(s, 1);
    expect(end.x).toBeCloseTo(25);
    expect(end.y).toBeCloseTo(15);
  });

  it('caps the number of points and refuses commands it cannot follow', () => {
    expect(samplePath('M0,0 L10000,0', 1, 64).xs.length).toBe(64);
    expect(() => samplePath('M0,0 A5,5 0 0 1 10,10')).toThrow(/uses "A"/);
    expect(() => samplePath('')).toThrow(/no points/);
  });
});

describe('handlePoint', () => {
  const node = { x: 100, y: 50, width: 200, height: 80 };

  it('takes the outer side of a measured handle, relative to the node', () => {
    const handle = { x: 194, y: 34, width: 12, height: 12, side: 'right' as const };
    expect(handlePoint(node, handle, 'left')).toEqual({ x: 306, y: 90 });
  });

  it('falls back to the middle of the node side when the handle is not measured', () => {
    expect(handlePoint(node, null, 'left')).toEqual({ x: 100, y: 90 });
    expect(handlePoint(node, null, 'bottom')).toEqual({ x: 200, y: 130 });
  });
});
