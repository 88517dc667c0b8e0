import { describe, expect, it } from 'vitest';
import { statusText } from './logStatus';

const base = { held: 0, shown: 0, filtered: false, dropped: 0, sampledOut: 0 };

describe('statusText', () => {
  it('counts the lines when nothing is dropped or filtered', () => {
    expect(statusText({ ...base, held: 1234, shown: 1234 })).toBe('1,234 lines');
    expect(statusText({ ...base, held: 1, shown: 1 })).toBe('1 line');
  });

  it('says how many older lines were dropped', () => {
    expect(statusText({ ...base, held: 84_000, shown: 84_000, dropped: 12_345 })).toBe(
      'Showing the last 84,000 lines; 12,345 older lines dropped',
    );
  });

  it('says how many lines match a filter, and what sampling left out', () => {
    expect(statusText({ ...base, held: 84_000, shown: 12, filtered: true, dropped: 1 })).toBe(
      '12 of the last 84,000 lines match; 1 older line dropped',
    );
    expect(statusText({ ...base, held: 50, shown: 0, filtered: true, sampledOut: 3 })).toBe(
      '0 of 50 lines match; 3 spans sampled out (their lines are not here)',
    );
  });
});
