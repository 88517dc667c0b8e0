import { describe, expect, it } from 'vitest';
import { Ring } from './ring';

describe('Ring', () => {
  it('keeps the newest items and counts what it dropped', () => {
    const r = new Ring<number>(3);
    for (let i = 1; i <= 3; i++) expect(r.push(i)).toBeUndefined();
    expect(r.push(4)).toBe(1);
    r.push(5);
    expect(r.toArray()).toEqual([3, 4, 5]);
    expect(r.size).toBe(3);
    expect(r.dropped).toBe(2);
    expect(r.at(0)).toBe(3);
    expect(r.at(3)).toBeUndefined();
  });

  it('gives what came after a cursor, or what is left of it', () => {
    const r = new Ring<string>(4);
    r.push('a');
    r.push('b');
    const cursor = r.written;
    r.push('c');
    expect(r.since(cursor)).toEqual(['c']);
    for (const x of ['d', 'e', 'f', 'g']) r.push(x);
    expect(r.since(cursor)).toEqual(['d', 'e', 'f', 'g']);
    expect(r.since(r.written)).toEqual([]);
  });

  it('refuses a capacity below one', () => {
    expect(() => new Ring(0)).toThrow(/capacity of at least 1/);
  });
});
