import { describe, expect, it } from 'vitest';
import { heightOf, indexAt, offsetOf, totalHeight, visibleRange, type RowLayout } from './rowLayout';

const plain: RowLayout = { count: 100_000, rowHeight: 20, extras: [] };
// Row 3 is 100 px tall, row 10 is 60 px.
const mixed: RowLayout = {
  count: 20,
  rowHeight: 20,
  extras: [
    { index: 3, extra: 80 },
    { index: 10, extra: 40 },
  ],
};

describe('rowLayout', () => {
  it('places plain rows at index x height', () => {
    expect(totalHeight(plain)).toBe(2_000_000);
    expect(offsetOf(plain, 50_000)).toBe(1_000_000);
    expect(indexAt(plain, 1_000_019)).toBe(50_000);
    expect(indexAt(plain, 9e9)).toBe(99_999);
    expect(indexAt(plain, -5)).toBe(0);
  });

  it('pushes the rows after an expanded one down by what it adds', () => {
    expect(totalHeight(mixed)).toBe(20 * 20 + 120);
    expect(offsetOf(mixed, 3)).toBe(60);
    expect(offsetOf(mixed, 4)).toBe(160);
    expect(offsetOf(mixed, 11)).toBe(11 * 20 + 120);
    expect(heightOf(mixed, 3)).toBe(100);
    expect(heightOf(mixed, 4)).toBe(20);
  });

  it('finds the row under a point, inside an expanded row too', () => {
    expect(indexAt(mixed, 59)).toBe(2);
    expect(indexAt(mixed, 60)).toBe(3);
    expect(indexAt(mixed, 159)).toBe(3);
    expect(indexAt(mixed, 160)).toBe(4);
    expect(indexAt(mixed, offsetOf(mixed, 10) + 59)).toBe(10);
    expect(indexAt(mixed, offsetOf(mixed, 11))).toBe(11);
    for (let i = 0; i < mixed.count; i++) expect(indexAt(mixed, offsetOf(mixed, i))).toBe(i);
  });

  it('renders only the rows in view, with overscan', () => {
    expect(visibleRange(plain, 1_000_000, 200, 5)).toEqual([49_995, 50_016]);
    expect(visibleRange(plain, 0, 200, 5)).toEqual([0, 16]);
    expect(visibleRange({ ...plain, count: 0 }, 0, 200)).toEqual([0, 0]);
    expect(visibleRange(plain, 1e12, 200, 0)).toEqual([99_999, 100_000]);
  });

  it('ignores extras past the end (a filter shortened the list)', () => {
    expect(totalHeight({ ...mixed, count: 5 })).toBe(5 * 20 + 80);
  });
});
