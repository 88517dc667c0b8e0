import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('relativeTime', () => {
  it('says how long ago in words', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(relativeTime(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(relativeTime(now - 30 * 3_600_000, now)).toBe('yesterday');
    expect(relativeTime(now - 4 * 86_400_000, now)).toBe('4 days ago');
  });
  it('gives the date for older saves and never a negative time', () => {
    expect(relativeTime(Date.UTC(2026, 0, 2), now)).toBe('2026-01-02');
    expect(relativeTime(now + 60_000, now)).toBe('just now');
  });
});
