import type { CronSpec, DayRule } from './cronSpec';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week the AWS way: 1 = Sunday ... 7 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

/** The days of a month (sorted) that a day rule allows. */
export function daysOf(rule: DayRule, year: number, month: number): number[] {
  const last = daysInMonth(year, month);
  const first = weekdayOf(year, month, 1);
  const weekday = (d: number) => ((first - 1 + d - 1) % 7) + 1;
  switch (rule.type) {
    case 'days':
      return rule.days.filter((d) => d <= last);
    case 'lastDay':
      return [last];
    case 'lastWeekday':
      return [weekday(last) === 1 ? last - 2 : weekday(last) === 7 ? last - 1 : last];
    case 'nearestWeekday':
      return rule.day > last ? [] : [nearestWeekday(rule.day, weekday(rule.day), last)];
    case 'weekdays': {
      const out: number[] = [];
      for (let d = 1; d <= last; d++) if (rule.weekdays.includes(weekday(d))) out.push(d);
      return out;
    }
    case 'lastOfWeekday':
      return [last - ((weekday(last) - rule.weekday + 7) % 7)];
    case 'nthWeekday': {
      const d = 1 + ((rule.weekday - first + 7) % 7) + 7 * (rule.n - 1);
      return d <= last ? [d] : [];
    }
  }
}

/** The weekday closest to a day, without leaving the month (1W on a Saturday is Monday the 3rd). */
function nearestWeekday(day: number, weekday: number, last: number): number {
  if (weekday === 7) return day === 1 ? 3 : day - 1;
  if (weekday === 1) return day === last ? day - 2 : day + 1;
  return day;
}

/**
 * Why a cron expression never fires in the years it allows (null when it does fire): only the
 * date can make it impossible, every minute and hour of a day exists somewhere.
 */
export function whyNeverFires(spec: CronSpec): string | null {
  for (const y of spec.years) for (const m of spec.months) if (daysOf(spec.day, y, m).length > 0) return null;
  const years = yearsPhrase(spec.years);
  const monthNames = spec.months.map((m) => MONTH_LONG[m - 1]!);
  const rule = spec.day;
  if (rule.type === 'days' || rule.type === 'nearestWeekday') {
    const days = rule.type === 'days' ? rule.days : [rule.day];
    const which = days.length === 1 ? `day ${days[0]}` : `days ${days.join(', ')}`;
    const verb = monthNames.length === 1 ? 'has' : 'have';
    return `never fires: ${joinAnd(monthNames)} ${verb} no ${which}${years}`;
  }
  if (rule.type === 'nthWeekday') {
    return `never fires: ${joinAnd(monthNames)} never ${monthNames.length === 1 ? 'has' : 'have'} a ${ORDINALS[rule.n - 1]} ${WEEKDAY_LONG[rule.weekday - 1]}${years}`;
  }
  return `never fires: no date in the years allowed matches the day and month fields`;
}

const MONTH_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** Nothing for every year AWS allows (1970-2199), else which years. */
function yearsPhrase(years: readonly number[]): string {
  if (years.length === 2199 - 1970 + 1) return '';
  return years.length <= 5 ? ` in ${joinAnd(years.map(String))}` : ' in the years allowed';
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
