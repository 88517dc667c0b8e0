import { parseSchedule } from '../../../sim/producers/scheduleExpression';
import type { Parse } from '../form/useField';

/** Checks a schedule expression the way the simulation will read it (its time zone too). */
export function scheduleParse(timezone: string): Parse {
  return (text) => {
    const r = parseSchedule(text, timezone, 0);
    return r.ok ? { value: text } : { error: `Schedule expression: ${r.message}.` };
  };
}
