import { describe, expect, it } from 'vitest';
import { nextFireTimes, scheduleFireTimes } from './fireTimes';

const UNTIL = Date.parse('2200-01-01T00:00:00Z');

/** The first n fire times from `from` (inclusive), as ISO strings without milliseconds. */
function fires(expr: string, n: number, from = '2026-01-01T00:00:00Z', tz = 'UTC'): string[] {
  const r = nextFireTimes(expr, tz, Date.parse(from), UNTIL, n);
  if (!r.ok) throw new Error(r.error);
  return r.value.map((t) => new Date(t).toISOString().replace('.000Z', 'Z'));
}

// 2026-01-01 is a Thursday.
describe('the examples of the AWS cron expressions reference', () => {
  it('0 10 * * ? *: 10:00 every day', () => {
    expect(fires('cron(0 10 * * ? *)', 3)).toEqual([
      '2026-01-01T10:00:00Z',
      '2026-01-02T10:00:00Z',
      '2026-01-03T10:00:00Z',
    ]);
  });

  it('15 12 * * ? *: 12:15 every day', () => {
    expect(fires('cron(15 12 * * ? *)', 2)).toEqual(['2026-01-01T12:15:00Z', '2026-01-02T12:15:00Z']);
  });

  it('0 18 ? * MON-FRI *: 18:00 Monday to Friday', () => {
    expect(fires('cron(0 18 ? * MON-FRI *)', 3)).toEqual([
      '2026-01-01T18:00:00Z',
      '2026-01-02T18:00:00Z',
      '2026-01-05T18:00:00Z',
    ]);
  });

  it('0 8 1 * ? *: 08:00 on the first day of every month', () => {
    expect(fires('cron(0 8 1 * ? *)', 3)).toEqual([
      '2026-01-01T08:00:00Z',
      '2026-02-01T08:00:00Z',
      '2026-03-01T08:00:00Z',
    ]);
  });

  it('0/15 * * * ? *: every 15 minutes', () => {
    expect(fires('cron(0/15 * * * ? *)', 5, '2026-01-01T23:20:00Z')).toEqual([
      '2026-01-01T23:30:00Z',
      '2026-01-01T23:45:00Z',
      '2026-01-02T00:00:00Z',
      '2026-01-02T00:15:00Z',
      '2026-01-02T00:30:00Z',
    ]);
  });

  it('0/10 * ? * MON-FRI *: every 10 minutes Monday to Friday', () => {
    expect(fires('cron(0/10 * ? * MON-FRI *)', 3, '2026-01-02T23:45:00Z')).toEqual([
      '2026-01-02T23:50:00Z',
      '2026-01-05T00:00:00Z',
      '2026-01-05T00:10:00Z',
    ]);
  });

  it('0/5 8-17 ? * MON-FRI *: every 5 minutes from 08:00 to 17:55 on weekdays', () => {
    expect(fires('cron(0/5 8-17 ? * MON-FRI *)', 3, '2026-01-02T17:50:00Z')).toEqual([
      '2026-01-02T17:50:00Z',
      '2026-01-02T17:55:00Z',
      '2026-01-05T08:00:00Z',
    ]);
  });

  it('0/30 20-2 ? * MON-FRI *: a range that wraps past midnight, the weekday of each fire counts', () => {
    // Friday evening until 23:30, nothing early Saturday, Monday from 00:00 to 02:30.
    expect(fires('cron(0/30 20-2 ? * MON-FRI *)', 16, '2026-01-02T19:00:00Z')).toEqual([
      '2026-01-02T20:00:00Z',
      '2026-01-02T20:30:00Z',
      '2026-01-02T21:00:00Z',
      '2026-01-02T21:30:00Z',
      '2026-01-02T22:00:00Z',
      '2026-01-02T22:30:00Z',
      '2026-01-02T23:00:00Z',
      '2026-01-02T23:30:00Z',
      '2026-01-05T00:00:00Z',
      '2026-01-05T00:30:00Z',
      '2026-01-05T01:00:00Z',
      '2026-01-05T01:30:00Z',
      '2026-01-05T02:00:00Z',
      '2026-01-05T02:30:00Z',
      '2026-01-05T20:00:00Z',
      '2026-01-05T20:30:00Z',
    ]);
  });

  it('0 9 ? * 2#1 * (Lambda guide): 09:00 on the first Monday of each month', () => {
    expect(fires('cron(0 9 ? * 2#1 *)', 3)).toEqual([
      '2026-01-05T09:00:00Z',
      '2026-02-02T09:00:00Z',
      '2026-03-02T09:00:00Z',
    ]);
  });
});

describe('the wildcards the reference describes', () => {
  it(', - and / : JAN,FEB,MAR, days 1-15, minutes 1/10', () => {
    expect(fires('cron(0 0 1 JAN,FEB,MAR ? *)', 4)).toEqual([
      '2026-01-01T00:00:00Z',
      '2026-02-01T00:00:00Z',
      '2026-03-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
    ]);
    expect(fires('cron(0 0 1-15 * ? *)', 16).at(-1)).toBe('2026-02-01T00:00:00Z');
    expect(fires('cron(1/10 0 * * ? *)', 7)).toEqual([
      '2026-01-01T00:01:00Z',
      '2026-01-01T00:11:00Z',
      '2026-01-01T00:21:00Z',
      '2026-01-01T00:31:00Z',
      '2026-01-01T00:41:00Z',
      '2026-01-01T00:51:00Z',
      '2026-01-02T00:01:00Z',
    ]);
  });

  it('? : day 7 of every month, whatever the weekday', () => {
    expect(fires('cron(0 0 7 * ? *)', 2)).toEqual(['2026-01-07T00:00:00Z', '2026-02-07T00:00:00Z']);
  });

  it('L : the last day of the month; alone in day-of-week, the last day of the week (Saturday)', () => {
    expect(fires('cron(0 0 L * ? *)', 3, '2028-01-15T00:00:00Z')).toEqual([
      '2028-01-31T00:00:00Z',
      '2028-02-29T00:00:00Z',
      '2028-03-31T00:00:00Z',
    ]);
    expect(fires('cron(0 0 ? * L *)', 2)).toEqual(['2026-01-03T00:00:00Z', '2026-01-10T00:00:00Z']);
  });

  it('5L in day-of-week: the last Thursday of the month', () => {
    expect(fires('cron(0 0 ? * 5L *)', 3)).toEqual([
      '2026-01-29T00:00:00Z',
      '2026-02-26T00:00:00Z',
      '2026-03-26T00:00:00Z',
    ]);
    expect(fires('cron(0 0 ? * FRIL *)', 1)).toEqual(['2026-01-30T00:00:00Z']);
  });

  it('W : the weekday nearest a day, without leaving the month', () => {
    // 2026-01-03 is a Saturday: Friday the 2nd; 2026-05-03 a Sunday: Monday the 4th.
    expect(fires('cron(0 0 3W * ? *)', 5)).toEqual([
      '2026-01-02T00:00:00Z',
      '2026-02-03T00:00:00Z',
      '2026-03-03T00:00:00Z',
      '2026-04-03T00:00:00Z',
      '2026-05-04T00:00:00Z',
    ]);
    // 2026-08-01 is a Saturday: Monday the 3rd, not July 31st.
    expect(fires('cron(0 0 1W 8 ? *)', 1)).toEqual(['2026-08-03T00:00:00Z']);
    // 2026-05-31 is a Sunday: Friday the 29th, not June 1st.
    expect(fires('cron(0 0 31W 5 ? *)', 1)).toEqual(['2026-05-29T00:00:00Z']);
    // 31W only fires in months that have a 31st.
    expect(fires('cron(0 0 31W * ? 2026)', 2, '2026-04-01T00:00:00Z')).toEqual([
      '2026-05-29T00:00:00Z',
      '2026-07-31T00:00:00Z',
    ]);
  });

  it('LW : the last weekday of the month', () => {
    // 2026-01-31 is a Saturday, 2026-05-31 a Sunday.
    expect(fires('cron(0 9 LW * ? *)', 5)).toEqual([
      '2026-01-30T09:00:00Z',
      '2026-02-27T09:00:00Z',
      '2026-03-31T09:00:00Z',
      '2026-04-30T09:00:00Z',
      '2026-05-29T09:00:00Z',
    ]);
  });

  it('# : 3#2 is the second Tuesday; a fifth one only in months that have it', () => {
    expect(fires('cron(0 0 ? * 3#2 *)', 2)).toEqual(['2026-01-13T00:00:00Z', '2026-02-10T00:00:00Z']);
    expect(fires('cron(0 0 ? * FRI#5 *)', 2)).toEqual(['2026-01-30T00:00:00Z', '2026-05-29T00:00:00Z']);
  });

  it('years: a list, a range, a step, and no fire after the last one', () => {
    expect(fires('cron(0 0 1 1 ? */2)', 3)).toEqual([
      '2026-01-01T00:00:00Z',
      '2028-01-01T00:00:00Z',
      '2030-01-01T00:00:00Z',
    ]);
    expect(fires('cron(0 0 1 1 ? 2027-2028,2031)', 5)).toEqual([
      '2027-01-01T00:00:00Z',
      '2028-01-01T00:00:00Z',
      '2031-01-01T00:00:00Z',
    ]);
    expect(fires('cron(0 0 29 2 ? *)', 2)).toEqual(['2028-02-29T00:00:00Z', '2032-02-29T00:00:00Z']);
  });
});

describe('rate and at', () => {
  it('rate fires at the start and every period, a day being 24 hours whatever the clock', () => {
    expect(fires('rate(5 minutes)', 3)).toEqual([
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:05:00Z',
      '2026-01-01T00:10:00Z',
    ]);
    expect(fires('rate(1 hour)', 2)).toEqual(['2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z']);
    expect(fires('rate(1 day)', 2, '2026-03-08T00:00:00Z', 'America/New_York')).toEqual([
      '2026-03-08T00:00:00Z',
      '2026-03-09T00:00:00Z',
    ]);
  });

  it('at fires once, in the time zone', () => {
    expect(fires('at(2026-06-08T09:30:15)', 3, '2026-01-01T00:00:00Z', 'Europe/Paris')).toEqual([
      '2026-06-08T07:30:15Z',
    ]);
    expect(fires('at(2025-06-08T09:30:00)', 3)).toEqual([]);
  });
});

describe('time zones and daylight saving time (EventBridge Scheduler)', () => {
  it('evaluates cron on the wall clock of the zone', () => {
    expect(fires('cron(0 9 * * ? *)', 1, '2026-01-01T00:00:00Z', 'Europe/Paris')).toEqual([
      '2026-01-01T08:00:00Z',
    ]);
    expect(fires('cron(0 9 * * ? *)', 1, '2026-07-01T00:00:00Z', 'Europe/Paris')).toEqual([
      '2026-07-01T07:00:00Z',
    ]);
    expect(fires('cron(0 9 * * ? *)', 1, '2026-07-01T00:00:00Z', 'Asia/Kolkata')).toEqual([
      '2026-07-01T03:30:00Z',
    ]);
  });

  it('skips a time the clock jumps over in spring', () => {
    // New York, 2026-03-08: 02:00 EST becomes 03:00 EDT, so 02:30 does not exist that day.
    expect(fires('cron(30 2 * * ? *)', 3, '2026-03-07T00:00:00Z', 'America/New_York')).toEqual([
      '2026-03-07T07:30:00Z',
      '2026-03-09T06:30:00Z',
      '2026-03-10T06:30:00Z',
    ]);
    expect(fires('at(2026-03-08T02:30:00)', 1, '2026-01-01T00:00:00Z', 'America/New_York')).toEqual([]);
  });

  it('fires once, the first time, at a time the clock repeats in the fall', () => {
    // New York, 2026-11-01: 02:00 EDT becomes 01:00 EST, so 01:00-01:59 happens twice.
    expect(fires('cron(30 1 * * ? *)', 3, '2026-10-31T00:00:00Z', 'America/New_York')).toEqual([
      '2026-10-31T05:30:00Z',
      '2026-11-01T05:30:00Z',
      '2026-11-02T06:30:00Z',
    ]);
    expect(fires('cron(0/30 * * * ? *)', 6, '2026-11-01T04:00:00Z', 'America/New_York')).toEqual([
      '2026-11-01T04:00:00Z',
      '2026-11-01T04:30:00Z',
      '2026-11-01T05:00:00Z',
      '2026-11-01T05:30:00Z',
      '2026-11-01T07:00:00Z',
      '2026-11-01T07:30:00Z',
    ]);
  });

  it('does not fire again when asked from inside the repeated hour', () => {
    const t = scheduleFireTimes('cron(0/30 * * * ? *)', 'America/New_York', 0);
    if (!t.ok) throw new Error(t.error);
    // 06:10Z is 01:10 EST, the second 01:10: the next fire is 02:00 EST.
    expect(new Date(t.value.next(Date.parse('2026-11-01T06:10:00Z'))).toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
  });

  it('refuses an unknown zone and a bad expression, with the reason', () => {
    expect(scheduleFireTimes('rate(5 minutes)', 'Mars/Olympus', 0)).toEqual({
      ok: false,
      error: '"Mars/Olympus" is not a time zone: use an IANA name such as UTC or Europe/Paris',
    });
    expect(scheduleFireTimes('cron(0 0 30 2 ? *)', 'UTC', 0)).toEqual({
      ok: false,
      error: 'never fires: February has no day 30',
    });
  });
});
