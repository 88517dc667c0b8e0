import { err, ok, type Result } from './result';

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
  | { type: 'cron'; fields: CronFields }
  | { type: 'at'; dateTime: string };

const UNIT_SECONDS: Record<RateUnit, number> = { minute: 60, hour: 3600, day: 86_400 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/**
 * Parses an EventBridge Scheduler expression with AWS's own rules: `rate(value unit)` with a
 * singular unit for 1 and a plural one otherwise, `cron(...)` with six fields where exactly one
 * of day-of-month and day-of-week is `?`, and `at(yyyy-mm-ddThh:mm:ss)`. The error says why.
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
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return err(`at(${body}) is not a real date and time`);
  }
  return ok({ type: 'at', dateTime: body });
}

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Index of names[0]: months count from 1, AWS days of the week too (1 = SUN). */
  nameBase?: number;
  special: RegExp | null;
}

const FIELDS: FieldRule[] = [
  { name: 'minutes', min: 0, max: 59, special: null },
  { name: 'hours', min: 0, max: 23, special: null },
  { name: 'day-of-month', min: 1, max: 31, special: /^(\?|L|LW|\d{1,2}W)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1, special: null },
  {
    name: 'day-of-week',
    min: 1,
    max: 7,
    names: DAYS,
    nameBase: 1,
    special: /^(\?|L|[1-7]L|[A-Z]{3}L|[1-7]#[1-5]|[A-Z]{3}#[1-5])$/,
  },
  { name: 'year', min: 1970, max: 2199, special: null },
];

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
  for (let f = 0; f < 6; f++) {
    const problem = checkField(parts[f]!, FIELDS[f]!);
    if (problem) return err(`cron ${FIELDS[f]!.name} field "${parts[f]}" ${problem}`);
  }
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    return err(
      'cron needs ? in exactly one of day-of-month and day-of-week (AWS does not combine them), e.g. cron(0 12 * * ? *)',
    );
  }
  return ok({ type: 'cron', fields: { minutes, hours, dayOfMonth, month, dayOfWeek, year } });
}

function checkField(field: string, rule: FieldRule): string | null {
  if (rule.special?.test(field)) return validSpecial(field, rule);
  if (field === '?') return 'cannot be ? (only day-of-month or day-of-week can)';
  for (const item of field.split(',')) {
    const [range, step, extra] = item.split('/');
    if (extra !== undefined) return 'has more than one /';
    if (step !== undefined && !/^\d+$/.test(step)) return `has an invalid step "/${step}"`;
    if (step !== undefined && Number(step) < 1) return 'has a step of 0';
    if (range === '*') continue;
    const ends = (range ?? '').split('-');
    if (ends.length > 2 || ends.some((e) => e === '')) return `has an invalid range "${range}"`;
    for (const end of ends) {
      const v = valueOf(end, rule);
      if (v === null)
        return `has "${end}", which is not ${rule.names ? `${rule.min}-${rule.max} or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : `a number from ${rule.min} to ${rule.max}`}`;
    }
  }
  return null;
}

function validSpecial(field: string, rule: FieldRule): string | null {
  const day = /^(\d{1,2})W$/.exec(field);
  if (day && (Number(day[1]) < 1 || Number(day[1]) > 31)) return 'has a day outside 1-31';
  const dow = /^([A-Z]{3}|\d)[L#]/.exec(field);
  if (dow && valueOf(dow[1]!, rule) === null) return `has "${dow[1]}", which is not a day of the week`;
  return null;
}

function valueOf(text: string, rule: FieldRule): number | null {
  if (/^\d+$/.test(text)) {
    const v = Number(text);
    return v >= rule.min && v <= rule.max ? v : null;
  }
  const i = rule.names?.indexOf(text) ?? -1;
  return i >= 0 ? i + (rule.nameBase ?? 0) : null;
}
