import type { Parse } from './useField';

/** Number text as people type it: "10,240", "1 000" and "1_000" are all 1000. */
export function parseNumber(label: string, nullable = false): Parse {
  return (text) => {
    const t = text.trim().replace(/[,_\s]/g, '');
    if (t === '') return nullable ? { value: null } : { error: `${label} is required.` };
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { error: `${label} must be a number.` };
    return { value: Number(t) };
  };
}

export const formatNumber = (v: unknown): string => (typeof v === 'number' ? String(v) : '');

export const parseText =
  (nullable = false): Parse =>
  (text) => ({ value: nullable && text === '' ? null : text });
export const formatText = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Seconds as people read them: 345,600 s is "4 days"; null below a minute (nothing to add). */
export function describeSeconds(s: number): string | null {
  if (!Number.isFinite(s) || s < 60) return null;
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  const parts: string[] = [];
  let rest = Math.round(s);
  for (const [size, name] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(`${rest} s`);
  return parts.slice(0, 2).join(' ') + (parts.length > 2 ? ' …' : '');
}
