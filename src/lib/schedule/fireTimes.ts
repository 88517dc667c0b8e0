import { err, ok, type Result } from '../result';
import { parseScheduleExpression, type ScheduleExpression } from '../scheduleExpression';
import { daysOf } from './calendar';
import type { CronSpec } from './cronSpec';
import { zoneOf, type Zone } from './zone';

/** Fire times of a schedule in epoch ms, one after another. */
export interface FireTimes {
  /** The first fire time strictly after `afterEpochMs`; Infinity when there is none. */
  next(afterEpochMs: number): number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EARLIEST = Date.UTC(1969, 11, 30);

/**
 * Parses a schedule expression and its IANA time zone into fire times, the way EventBridge
 * Scheduler evaluates them: `rate` every period from `rateStartMs` (a day is 24 hours, whatever
 * the clock does); `cron` and `at` on the zone's wall clock, where a wall time the clock jumps
 * over (spring forward) is skipped and one it repeats (fall back) fires once, the first time.
 */
export function scheduleFireTimes(
  expression: string,
  timeZone: string,
  rateStartMs: number,
): Result<FireTimes, string> {
  const parsed = parseScheduleExpression(expression);
  if (!parsed.ok) return parsed;
  const zone = zoneOf(timeZone);
  if (!zone) return err(`"${timeZone}" is not a time zone: use an IANA name such as UTC or Europe/Paris`);
  return ok(fireTimesOf(parsed.value, zone, rateStartMs));
}

/** Fire times in [fromMs, untilMs), at most `limit`; a rate starts at fromMs. */
export function nextFireTimes(
  expression: string,
  timeZone: string,
  fromMs: number,
  untilMs: number,
  limit = 10_000,
): Result<number[], string> {
  const times = scheduleFireTimes(expression, timeZone, fromMs);
  if (!times.ok) return times;
  const out: number[] = [];
  for (let t = times.value.next(fromMs - 1); t < untilMs && out.length < limit; t = times.value.next(t))
    out.push(t);
  return ok(out);
}

function fireTimesOf(expr: ScheduleExpression, zone: Zone, rateStartMs: number): FireTimes {
  switch (expr.type) {
    case 'rate': {
      const period = expr.periodSeconds * 1000;
      return {
        next: (after) =>
          after < rateStartMs
            ? rateStartMs
            : rateStartMs + (Math.floor((after - rateStartMs) / period) + 1) * period,
      };
    }
    case 'at': {
      const at = zone.toInstant(expr.wallMs);
      return { next: (after) => (at !== null && at > after ? at : Infinity) };
    }
    case 'cron':
      return { next: (after) => nextCron(expr.spec, zone, after) };
  }
}

function nextCron(spec: CronSpec, zone: Zone, after: number): number {
  if (Number.isNaN(after) || after === Infinity) return Infinity;
  const from = Math.max(after, EARLIEST);
  // After the clock went back, wall times already seen may come again: look from before them.
  const back = zone.toWall(from) - zone.toWall(from - 3 * HOUR) < 3 * HOUR ? 3 * HOUR : 0;
  for (const wall of wallTimesFrom(spec, zone.toWall(from) - back)) {
    const t = zone.toInstant(wall);
    if (t !== null && t > after) return t;
  }
  return Infinity;
}

/** The wall times a cron spec allows, from `start` on (minute precision), in order. */
function* wallTimesFrom(spec: CronSpec, start: number): Generator<number> {
  const s = new Date(start);
  const [sy, sm, sd, sh, smi] = [
    s.getUTCFullYear(),
    s.getUTCMonth() + 1,
    s.getUTCDate(),
    s.getUTCHours(),
    s.getUTCMinutes(),
  ];
  for (const y of spec.years) {
    if (y < sy) continue;
    for (const m of spec.months) {
      if (y === sy && m < sm) continue;
      const sameMonth = y === sy && m === sm;
      for (const d of daysOf(spec.day, y, m)) {
        if (sameMonth && d < sd) continue;
        const sameDay = sameMonth && d === sd;
        for (const h of spec.hours) {
          if (sameDay && h < sh) continue;
          const sameHour = sameDay && h === sh;
          for (const mi of spec.minutes) {
            if (sameHour && mi < smi) continue;
            yield Date.UTC(y, m - 1, d, h, mi);
          }
        }
      }
    }
  }
}
