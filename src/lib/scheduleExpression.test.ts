import { describe, expect, it } from 'vitest';
import { parseScheduleExpression } from './scheduleExpression';

const error = (text: string) => {
  const r = parseScheduleExpression(text);
  return r.ok ? null : r.error;
};

describe('parseScheduleExpression', () => {
  it('parses rates with their period', () => {
    expect(parseScheduleExpression('rate(1 minute)')).toEqual({
      ok: true,
      value: { type: 'rate', value: 1, unit: 'minute', periodSeconds: 60 },
    });
    expect(parseScheduleExpression('rate(12 hours)')).toMatchObject({
      ok: true,
      value: { periodSeconds: 43_200 },
    });
  });

  it('refuses rates AWS refuses: wrong plural, seconds, zero, no number', () => {
    expect(error('rate(1 minutes)')).toContain('singular');
    expect(error('rate(5 minute)')).toContain('plural');
    expect(error('rate(30 seconds)')).toContain('not a rate unit');
    expect(error('rate(0 minutes)')).toContain('at least 1');
    expect(error('rate(five minutes)')).toContain('whole number');
  });

  it('accepts AWS cron with six fields, names, L, W and #', () => {
    for (const ok of [
      'cron(0 12 * * ? *)',
      'cron(0/15 8-17 ? * MON-FRI *)',
      'cron(0 0 L * ? *)',
      'cron(0 9 15W * ? 2027)',
      'cron(0 9 ? JAN,JUL 6#3 *)',
      'cron(30 1 ? * 6L *)',
    ]) {
      expect(error(ok), ok).toBeNull();
    }
  });

  it('refuses Unix cron, out-of-range fields and day-of-month with day-of-week', () => {
    expect(error('cron(0 12 * * *)')).toContain('has 5 fields');
    expect(error('cron(60 12 * * ? *)')).toContain('minutes field "60"');
    expect(error('cron(0 24 * * ? *)')).toContain('hours');
    expect(error('cron(0 12 * * MON *)')).toContain('exactly one');
    expect(error('cron(0 12 ? * ? *)')).toContain('exactly one');
    expect(error('cron(0 12 * FOO ? *)')).toContain('month field');
    expect(error('cron(0 12 ? * 0 *)')).toContain('day-of-week');
    expect(error('cron(0 12 * * ? 1969)')).toContain('year');
    expect(error('cron(0 */0 * * ? *)')).toContain('step of 0');
  });

  it('checks at() dates for real', () => {
    expect(parseScheduleExpression('at(2026-11-23T09:30:00)')).toMatchObject({
      ok: true,
      value: { type: 'at' },
    });
    expect(error('at(2026-02-30T09:30:00)')).toContain('not a real date');
    expect(error('at(tomorrow)')).toContain('must look like');
    expect(error('every day')).toContain('must be rate');
  });
});
