import { describe, expect, it } from 'vitest';
import { lossNote } from './lossNote';
import { formatAt, formatMs } from './format';

const stats = { seen: 30_000, kept: 20_000, sampledOut: 6_000, evicted: 4_000, sampleRate: 0.8 };

describe('lossNote', () => {
  it('says nothing when nothing is missing', () => {
    expect(lossNote(0, 20_000, null)).toBeNull();
    expect(lossNote(0, 20_000, { ...stats, sampledOut: 0 })).toBeNull();
  });

  it('names spans dropped from the ring and spans sampled out', () => {
    expect(lossNote(1234, 20_000, null)).toEqual({
      text: 'Oldest 1,234 spans dropped (the panel keeps the last 20,000)',
      title: null,
    });
    const both = lossNote(1, 20_000, stats)!;
    expect(both.text).toBe(
      'Oldest 1 span dropped (the panel keeps the last 20,000); 6,000 spans sampled out (80% of traces kept)',
    );
    expect(both.title).toBe(
      'The run recorded 30,000 spans and kept 20,000 (4,000 evicted from its store, 6,000 sampled out).',
    );
  });
});

describe('format', () => {
  it('shows virtual time as s.mmm and durations by size', () => {
    expect(formatAt(1234.5678)).toBe('1.235');
    expect(formatAt(0)).toBe('0.000');
    expect([0.4, 8.14, 230.4, 1250, 12_345, 125_000].map(formatMs)).toEqual([
      '0.40 ms',
      '8.1 ms',
      '230 ms',
      '1.25 s',
      '12.3 s',
      '2 m 05 s',
    ]);
  });
});
