import { describe, expect, it } from 'vitest';
import { parseSchedule } from './scheduleExpression';

const START = Date.parse('2026-01-01T00:00:00Z');

function firstTimes(expr: string, n = 3, tz = 'UTC'): string[] {
  const p = parseSchedule(expr, tz, START);
  if (!p.ok) throw new Error(p.message);
  const out: string[] = [];
  let t = START - 1;
  for (let i = 0; i < n; i++) {
    t = p.value.next(t);
    out.push(Number.isFinite(t) ? new Date(t).toISOString() : 'none');
  }
  return out;
}

describe('schedule expressions', () => {
  it('rate fires from the run start, every period', () => {
    expect(firstTimes('rate(5 minutes)')).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:05:00.000Z',
      '2026-01-01T00:10:00.000Z',
    ]);
    expect(firstTimes('rate(1 day)', 2)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']);
  });

  it('cron uses AWS fields: day of week 1-7 from Sunday, a year field', () => {
    // 2026-01-05 is a Monday: AWS day 2.
    expect(firstTimes('cron(0 10 ? * 2 *)', 2)).toEqual([
      '2026-01-05T10:00:00.000Z',
      '2026-01-12T10:00:00.000Z',
    ]);
    expect(firstTimes('cron(0/15 * ? * MON-FRI *)', 2)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:15:00.000Z',
    ]);
    expect(firstTimes('cron(0 0 1 1 ? 2027)', 2)).toEqual(['2027-01-01T00:00:00.000Z', 'none']);
  });

  it('cron follows the time zone', () => {
    expect(firstTimes('cron(0 9 * * ? *)', 1, 'Europe/Paris')).toEqual(['2026-01-01T08:00:00.000Z']);
  });

  it('at fires once', () => {
    expect(firstTimes('at(2026-01-01T00:10:30)', 2)).toEqual(['2026-01-01T00:10:30.000Z', 'none']);
  });

  it('fires what the loader accepts: LW, W, a year step, L alone in day-of-week', () => {
    expect(firstTimes('cron(0 9 LW * ? *)', 2)).toEqual([
      '2026-01-30T09:00:00.000Z',
      '2026-02-27T09:00:00.000Z',
    ]);
    expect(firstTimes('cron(0 9 15W * ? *)', 2)).toEqual([
      '2026-01-15T09:00:00.000Z',
      '2026-02-16T09:00:00.000Z',
    ]);
    expect(firstTimes('cron(0 0 1 1 ? */2)', 2)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2028-01-01T00:00:00.000Z',
    ]);
    expect(firstTimes('cron(0 0 ? * L *)', 2)).toEqual([
      '2026-01-03T00:00:00.000Z',
      '2026-01-10T00:00:00.000Z',
    ]);
  });

  it('refuses what the loader refuses, with the loader reason', () => {
    for (const [bad, why] of [
      ['rate(1 minutes)', 'singular'],
      ['rate(5 minute)', 'plural'],
      ['cron(0 12 ? * 8 *)', 'day-of-week'],
      ['cron(0 12 * * ? 1969)', 'year'],
      ['cron(0 0 30 2 ? *)', 'never fires: February has no day 30'],
    ] as const) {
      const p = parseSchedule(bad, 'UTC', START);
      expect(p.ok ? null : p.message, bad).toContain(why);
    }
    const zone = parseSchedule('rate(5 minutes)', 'Mars/Olympus', START);
    expect(zone.ok ? null : zone.message).toContain('not a time zone');
  });

  it('refuses malformed expressions with a reason', () => {
    for (const bad of [
      'rate(0 minutes)',
      'rate(5 weeks)',
      'cron(0 12 * * *)',
      'cron(0 12 * * 1 *)',
      'every 5 minutes',
    ]) {
      const p = parseSchedule(bad, 'UTC', START);
      expect(p.ok).toBe(false);
    }
  });
});
