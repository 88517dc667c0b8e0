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

  it('accepts what AWS documents: wrapping ranges, steps everywhere, L alone, #, year steps', () => {
    for (const ok of [
      'cron(0/30 20-2 ? * MON-FRI *)',
      'cron(0 0 ? * FRI-MON *)',
      'cron(0 0 25-5 NOV-FEB ? *)',
      'cron(0 9 LW * ? *)',
      'cron(0 9 ? * L *)',
      'cron(0 9 ? * fril *)',
      'cron(0 9 ? * 2#1 *)',
      'cron(0 0 1 1 ? */2)',
      'cron(0 0 1 1 ? 2026/3)',
      'cron(0 0 1/5 * ? 1970-2199)',
      'cron(0 0 29 2 ? *)',
    ]) {
      expect(error(ok), ok).toBeNull();
    }
  });

  it('refuses L, W and # where AWS does not take them', () => {
    expect(error('cron(0 0 L-2 * ? *)')).toContain('day-of-month field "L-2" uses L or W wrongly');
    expect(error('cron(0 0 1,LW * ? *)')).toContain('uses L or W wrongly');
    expect(error('cron(0 0 32W * ? *)')).toContain('outside 1-31');
    expect(error('cron(0 0 ? * 3#1,6#3 *)')).toContain('one # expression');
    expect(error('cron(0 0 ? * 3#6 *)')).toContain('# outside 1-5');
    expect(error('cron(0 0 ? * 8L *)')).toContain('"8", which is not a day of the week');
    expect(error('cron(0 0 ? * 8 *)')).toContain('"8", which is not 1-7 or SUN-SAT');
    expect(error('cron(0 0 * * ? 2200)')).toContain('"2200", which is not a number from 1970 to 2199');
    expect(error('cron(0 0 * * ? 2030-2020)')).toContain('ends before it starts');
  });

  it('refuses an expression that never fires in the years it allows, saying why', () => {
    expect(error('cron(0 0 30 2 ? *)')).toBe('never fires: February has no day 30');
    expect(error('cron(0 0 31 APR,JUN ? *)')).toBe('never fires: April and June have no day 31');
    expect(error('cron(0 0 29 2 ? 2027)')).toBe('never fires: February has no day 29 in 2027');
    expect(error('cron(0 0 30W 2 ? *)')).toBe('never fires: February has no day 30');
    expect(error('cron(0 0 ? 2 SUN#5 2026)')).toBe('never fires: February never has a fifth Sunday in 2026');
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
