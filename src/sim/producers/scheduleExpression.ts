import { CronExpressionParser } from 'cron-parser';

/** Fire times of a schedule expression in epoch ms, one after another. */
export interface FireTimes {
  /** The next fire time strictly after `afterEpochMs`; Infinity when there is none. */
  next(afterEpochMs: number): number;
}

export type ParsedSchedule = { ok: true; value: FireTimes } | { ok: false; message: string };

const UNITS: Record<string, number> = {
  minute: 60_000,
  minutes: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
};

/**
 * EventBridge schedule expressions: rate(value unit) fires every period from the run start;
 * cron(min hour dom month dow year) and at(yyyy-mm-ddThh:mm:ss) follow the time zone.
 */
export function parseSchedule(expression: string, timezone: string, startEpochMs: number): ParsedSchedule {
  const expr = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/.exec(expr);
  if (rate) {
    const n = Number(rate[1]);
    const unit = UNITS[rate[2]!];
    if (!unit || n < 1)
      return {
        ok: false,
        message: `"${expr}": the unit must be minute(s), hour(s) or day(s) and the value at least 1`,
      };
    const period = n * unit;
    return {
      ok: true,
      value: {
        next: (after) =>
          after < startEpochMs
            ? startEpochMs
            : startEpochMs + (Math.floor((after - startEpochMs) / period) + 1) * period,
      },
    };
  }
  const cron = /^cron\((.+)\)$/.exec(expr);
  if (cron) return cronTimes(cron[1]!.trim(), timezone);
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expr);
  if (at) {
    const [, y, mo, d, h, mi, s] = at.map(Number) as number[];
    // A one-time schedule is a cron that matches one second of one year.
    return cronTimes(`${mi} ${h} ${d} ${mo} ? ${y}`, timezone, s);
  }
  return { ok: false, message: `"${expr}" is not rate(...), cron(...) or at(...)` };
}

/** AWS cron has six fields and numbers days of the week 1-7 from Sunday. */
function cronTimes(fields: string, timezone: string, second = 0): ParsedSchedule {
  const parts = fields.split(/\s+/);
  if (parts.length !== 6)
    return {
      ok: false,
      message: `cron(${fields}) needs 6 fields: minutes hours day-of-month month day-of-week year`,
    };
  const [min, hour, dom, month, dow, year] = parts as [string, string, string, string, string, string];
  if ((dom === '?') === (dow === '?'))
    return { ok: false, message: `cron(${fields}): use ? in exactly one of day-of-month and day-of-week` };
  const years = parseYears(year);
  if (!years)
    return { ok: false, message: `cron(${fields}): the year field must be *, a year, a list or a range` };
  const expression = `${second} ${min} ${hour} ${dom === '?' ? '*' : dom} ${month} ${dow === '?' ? '*' : shiftDow(dow)}`;
  try {
    CronExpressionParser.parse(expression, { currentDate: 0, tz: timezone });
  } catch (e) {
    return { ok: false, message: `cron(${fields}): ${(e as Error).message}` };
  }
  return {
    ok: true,
    value: {
      next(after) {
        if (!Number.isFinite(after)) return Infinity;
        const it = CronExpressionParser.parse(expression, { currentDate: after, tz: timezone });
        for (let i = 0; i < 100_000; i++) {
          if (!it.hasNext()) return Infinity;
          const t = it.next().getTime();
          const y = new Date(t).getUTCFullYear();
          if (years === 'any' || years.has(y)) return t;
          if (y > Math.max(...years)) return Infinity;
        }
        return Infinity;
      },
    },
  };
}

function shiftDow(field: string): string {
  return field
    .split(',')
    .map((token) =>
      token.replace(
        /^(\d)(?:-(\d))?/,
        (_m, a: string, b?: string) => `${Number(a) - 1}${b ? `-${Number(b) - 1}` : ''}`,
      ),
    )
    .join(',');
}

function parseYears(field: string): Set<number> | 'any' | null {
  if (field === '*') return 'any';
  const out = new Set<number>();
  for (const token of field.split(',')) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(token);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let y = a; y <= b; y++) out.add(y);
  }
  return out;
}
