import { describe, expect, it } from 'vitest';
import { scheduleParse } from './scheduleCheck';

describe('scheduleParse', () => {
  const parse = scheduleParse('UTC');
  it('accepts the three forms', () => {
    expect(parse('rate(5 minutes)')).toEqual({ value: 'rate(5 minutes)' });
    expect(parse('cron(0 12 * * ? *)')).toEqual({ value: 'cron(0 12 * * ? *)' });
    expect(parse('at(2026-03-01T09:00:00)')).toEqual({ value: 'at(2026-03-01T09:00:00)' });
  });
  it('explains a bad expression', () => {
    const r = parse('rate(5 fortnights)');
    expect('error' in r && r.error).toMatch(/^Schedule expression: .*minute\(s\), hour\(s\) or day\(s\)/);
    expect('error' in parse('every day')).toBe(true);
  });
});
