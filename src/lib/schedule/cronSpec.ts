import { err, ok, type Result } from '../result';

/** Which days of a month a cron expression allows. Days of the week count 1 = SUN to 7 = SAT. */
export type DayRule =
  | { type: 'days'; days: readonly number[] }
  | { type: 'lastDay' }
  | { type: 'lastWeekday' }
  | { type: 'nearestWeekday'; day: number }
  | { type: 'weekdays'; weekdays: readonly number[] }
  | { type: 'lastOfWeekday'; weekday: number }
  | { type: 'nthWeekday'; weekday: number; n: number };

/** An AWS cron expression as sorted sets of allowed values, ready to compute fire times. */
export interface CronSpec {
  minutes: readonly number[];
  hours: readonly number[];
  months: readonly number[];
  years: readonly number[];
  day: DayRule;
}

interface FieldRule {
  name: string;
  min: number;
  max: number;
  /** names[0] stands for `min`: JAN = 1, SUN = 1. */
  names?: readonly string[];
}

export const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const MINUTE: FieldRule = { name: 'minutes', min: 0, max: 59 };
const HOUR: FieldRule = { name: 'hours', min: 0, max: 23 };
const DAY_OF_MONTH: FieldRule = { name: 'day-of-month', min: 1, max: 31 };
const MONTH: FieldRule = { name: 'month', min: 1, max: 12, names: MONTH_NAMES };
const DAY_OF_WEEK: FieldRule = { name: 'day-of-week', min: 1, max: 7, names: DAY_NAMES };
const YEAR: FieldRule = { name: 'year', min: 1970, max: 2199 };

/**
 * Reads the six upper-cased fields of an AWS cron expression (EventBridge "Cron expressions
 * reference"): `,` lists, `-` ranges (wrapping past the end, e.g. hours 22-2, except years),
 * `*`, `/` steps, `?` in exactly one day field, `L`, `LW`, `nW` in day-of-month and `L`, `nL`,
 * `n#k` alone in day-of-week. The error names the field and says why.
 */
export function parseCronSpec(fields: readonly string[]): Result<CronSpec, string> {
  const [minutes, hours, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  const lists: number[][] = [];
  for (const [text, rule] of [
    [minutes, MINUTE],
    [hours, HOUR],
    [month, MONTH],
    [year, YEAR],
  ] as const) {
    const r = parseList(text, rule);
    if (!r.ok) return err(`cron ${rule.name} field "${text}" ${r.error}`);
    lists.push(r.value);
  }
  if ((dom === '?') === (dow === '?')) {
    return err(
      'cron needs ? in exactly one of day-of-month and day-of-week (AWS does not combine them), e.g. cron(0 12 * * ? *)',
    );
  }
  const day = dom === '?' ? parseDayOfWeek(dow) : parseDayOfMonth(dom);
  if (!day.ok) {
    const [name, text] = dom === '?' ? ['day-of-week', dow] : ['day-of-month', dom];
    return err(`cron ${name} field "${text}" ${day.error}`);
  }
  const [mins, hrs, months, years] = lists as [number[], number[], number[], number[]];
  return ok({ minutes: mins, hours: hrs, months, years, day: day.value });
}

function parseDayOfMonth(text: string): Result<DayRule, string> {
  if (text === 'L') return ok({ type: 'lastDay' });
  if (text === 'LW') return ok({ type: 'lastWeekday' });
  const w = /^(\d{1,2})W$/.exec(text);
  if (w) {
    const day = Number(w[1]);
    return day >= 1 && day <= 31 ? ok({ type: 'nearestWeekday', day }) : err('has a day outside 1-31');
  }
  if (/[LW#]/.test(text)) return err('uses L or W wrongly: write L, LW or a day and W (15W), alone');
  const days = parseList(text, DAY_OF_MONTH);
  return days.ok ? ok({ type: 'days', days: days.value }) : days;
}

function parseDayOfWeek(text: string): Result<DayRule, string> {
  if (text === 'L') return ok({ type: 'weekdays', weekdays: [7] });
  const special = /^([A-Z]{3}|\d+)(L|#(\d+))$/.exec(text);
  if (special) {
    const weekday = valueOf(special[1]!, DAY_OF_WEEK);
    if (weekday === null) return err(`has "${special[1]}", which is not a day of the week (1-7 or SUN-SAT)`);
    if (special[2] === 'L') return ok({ type: 'lastOfWeekday', weekday });
    const n = Number(special[3]);
    return n >= 1 && n <= 5 ? ok({ type: 'nthWeekday', weekday, n }) : err('has a # outside 1-5');
  }
  if (/[L#]/.test(text))
    return err('uses L or # wrongly: write L, 6L or 6#3 alone (AWS allows one # expression)');
  const weekdays = parseList(text, DAY_OF_WEEK);
  return weekdays.ok ? ok({ type: 'weekdays', weekdays: weekdays.value }) : weekdays;
}

/** A list of values, ranges and steps, as the sorted set of values it allows. */
function parseList(field: string, rule: FieldRule): Result<number[], string> {
  if (field === '?') return err('cannot be ? (only day-of-month or day-of-week can)');
  const out = new Set<number>();
  for (const item of field.split(',')) {
    const [range = '', stepText, extra] = item.split('/');
    if (extra !== undefined) return err('has more than one /');
    if (stepText !== undefined && !/^\d+$/.test(stepText)) return err(`has an invalid step "/${stepText}"`);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return err('has a step of 0');
    let from = rule.min;
    let to = rule.max;
    if (range !== '*') {
      const ends = range.split('-');
      if (ends.length > 2 || ends.some((e) => e === '')) return err(`has an invalid range "${range}"`);
      const values = ends.map((e) => valueOf(e, rule));
      const bad = ends.find((_, i) => values[i] === null);
      if (bad !== undefined) return err(`has "${bad}", which is not ${allowed(rule)}`);
      from = values[0]!;
      to = ends.length === 2 ? values[1]! : stepText === undefined ? from : rule.max;
      if (to < from && rule === YEAR) return err(`has the range "${range}", which ends before it starts`);
    }
    // A range that ends below its start wraps past the field's end (hours 22-2 = 22, 23, 0, 1, 2).
    const length = to >= from ? to - from + 1 : rule.max - from + 1 + (to - rule.min + 1);
    for (let k = 0; k < length; k += step) {
      const v = from + k;
      out.add(v > rule.max ? v - (rule.max - rule.min + 1) : v);
    }
  }
  return ok([...out].sort((a, b) => a - b));
}

function allowed(rule: FieldRule): string {
  const numbers = `${rule.min}-${rule.max}`;
  return rule.names
    ? `${numbers} or ${rule.names[0]}-${rule.names[rule.names.length - 1]}`
    : `a number from ${numbers.replace('-', ' to ')}`;
}

function valueOf(text: string, rule: FieldRule): number | null {
  if (/^\d+$/.test(text)) {
    const v = Number(text);
    return v >= rule.min && v <= rule.max ? v : null;
  }
  const i = rule.names?.indexOf(text) ?? -1;
  return i >= 0 ? i + rule.min : null;
}
