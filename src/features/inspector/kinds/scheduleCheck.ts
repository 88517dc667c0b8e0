import { parseScheduleExpression } from '../../../lib/scheduleExpression';
import type { Parse } from '../form/useField';

/** Checks a schedule expression with the strict AWS rules the loader applies (same function). */
export const scheduleParse: Parse = (text) => {
  const r = parseScheduleExpression(text);
  return r.ok ? { value: text } : { error: `Schedule expression: ${r.error}.` };
};

/** The loader's time-zone rule: an IANA name the platform's Intl knows. */
export const timeZoneParse: Parse = (text) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: text });
    return { value: text };
  } catch {
    return { error: `"${text}" is not a time zone: use an IANA name such as UTC or Europe/Paris.` };
  }
};
