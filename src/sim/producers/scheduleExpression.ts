import { scheduleFireTimes, type FireTimes } from '../../lib/schedule/fireTimes';

export type { FireTimes };

export type ParsedSchedule = { ok: true; value: FireTimes } | { ok: false; message: string };

/**
 * A schedule's fire times with the loader's own parser (src/lib), so what loads is what fires:
 * rate(...) every period from the run start, cron(...) and at(...) on the time zone's clock.
 */
export function parseSchedule(expression: string, timezone: string, startEpochMs: number): ParsedSchedule {
  const r = scheduleFireTimes(expression, timezone, startEpochMs);
  return r.ok ? r : { ok: false, message: `"${expression.trim()}": ${r.error}` };
}
