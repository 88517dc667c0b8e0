import { err, ok, type Result } from './result';
import { whyNeverFires } from './schedule/calendar';
import { parseCronSpec, type CronSpec } from './schedule/cronSpec';

export type RateUnit = 'minute' | 'hour' | 'day';

/** The six fields of an AWS cron expression, upper-cased, exactly as written otherwise. */
export interface CronFields {
  minutes: string;
  hours: string;
  dayOfMonth: string;
  month: string;
  dayOfWeek: string;
  year: string;
}

export type ScheduleExpression =
  | { type: 'rate'; value: number; unit: RateUnit; periodSeconds: number }
  | { type: 'cron'; fields: CronFields; spec: CronSpec }
  /** `wallMs`: the date and time as if it were UTC; the schedule's time zone places it. */
  | { type: 'at'; dateTime: string; wallMs: number };

const UNIT_SECONDS: Record<RateUnit, number> = { minute: 60, hour: 3600, day: 86_400 };

/**
 * Parses an EventBridge Scheduler expression with AWS's own rules: `rate(value unit)` with a
 * singular unit for 1 and a plural one otherwise, `cron(...)` with six fields where exactly one
 * of day-of-month and day-of-week is `?` (and which fires at least once in the years it allows),
 * and `at(yyyy-mm-ddThh:mm:ss)`. The error says why. Fire times: schedule/fireTimes.ts.
 */
export function parseScheduleExpression(text: string): Result<ScheduleExpression, string> {
  const m = /^(rate|cron|at)\((.*)\)$/.exec(text.trim());
  if (!m)
    return err(
      'must be rate(value unit), cron(minutes hours day-of-month month day-of-week year) or at(yyyy-mm-ddThh:mm:ss)',
    );
  const body = m[2]!.trim();
  if (m[1] === 'rate') return parseRate(body);
  if (m[1] === 'at') return parseAt(body);
  return parseCron(body);
}

function parseRate(body: string): Result<ScheduleExpression, string> {
  const m = /^(\d+)\s+([a-z]+)$/.exec(body);
  if (!m) return err(`rate(${body}) must be a whole number and a unit, e.g. rate(5 minutes)`);
  const value = Number(m[1]);
  const word = m[2]!;
  const unit = word.replace(/s$/, '') as RateUnit;
  if (!(unit in UNIT_SECONDS)) return err(`"${word}" is not a rate unit: use minute(s), hour(s) or day(s)`);
  if (value < 1) return err('the rate must be at least 1');
  const plural = word.endsWith('s');
  if (value === 1 && plural) return err(`AWS wants the singular for a rate of 1: rate(1 ${unit})`);
  if (value > 1 && !plural) return err(`AWS wants the plural for a rate above 1: rate(${value} ${unit}s)`);
  return ok({ type: 'rate', value, unit, periodSeconds: value * UNIT_SECONDS[unit] });
}

function parseAt(body: string): Result<ScheduleExpression, string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) return err(`at(${body}) must look like at(2026-11-23T09:30:00)`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return err(`at(${body}) is not a real date and time`);
  }
  return ok({ type: 'at', dateTime: body, wallMs: date.getTime() });
}

function parseCron(body: string): Result<ScheduleExpression, string> {
  const parts = body
    .toUpperCase()
    .split(/\s+/)
    .filter((p) => p !== '');
  if (parts.length !== 6) {
    return err(
      `cron(${body}) has ${parts.length} fields; AWS cron needs 6: minutes hours day-of-month month day-of-week year, e.g. cron(0 12 * * ? *)`,
    );
  }
  const spec = parseCronSpec(parts);
  if (!spec.ok) return spec;
  const never = whyNeverFires(spec.value);
  if (never) return err(never);
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return ok({
    type: 'cron',
    fields: { minutes, hours, dayOfMonth, month, dayOfWeek, year },
    spec: spec.value,
  });
}
