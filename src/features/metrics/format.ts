/** How a chart's values read: a rate, a duration, a count of things, or dollars. */
export type Unit = 'perSecond' | 'ms' | 'count' | 'usd';

/** 1234 -> "1.23k", 0.004 -> "0.004": short enough for an axis label. */
export function compact(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1e9) return trim(v / 1e9, 3) + 'G';
  if (a >= 1e6) return trim(v / 1e6, 3) + 'M';
  if (a >= 1e4) return trim(v / 1e3, 3) + 'k';
  if (a >= 1) return trim(v, 4);
  return trim(v, 2);
}

/** Milliseconds as a person says them: "850 ms", "1.5 s", "2.5 min", "3.2 h". */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const a = Math.abs(ms);
  if (a < 1000) return `${trim(ms, 3)} ms`;
  if (a < 120_000) return `${trim(ms / 1000, 3)} s`;
  if (a < 7_200_000) return `${trim(ms / 60_000, 3)} min`;
  return `${trim(ms / 3_600_000, 3)} h`;
}

/** Dollars with enough digits to tell small Lambda bills apart: "$0.000531", "$12.40". */
export function usd(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '$0';
  if (Math.abs(v) >= 1) return `$${v.toFixed(2)}`;
  return `$${trim(v, 3)}`;
}

/** Whole numbers with thousands separators. */
export const int = (v: number): string => Math.round(v).toLocaleString('en-US');

/** A value of `unit` as a legend or a tile shows it. */
export function formatValue(unit: Unit, v: number): string {
  switch (unit) {
    case 'perSecond':
      return `${compact(v)}/s`;
    case 'ms':
      return duration(v);
    case 'count':
      return Math.abs(v) >= 1e4 ? compact(v) : trim(v, 3);
    case 'usd':
      return usd(v);
  }
}

/** Axis ticks: no unit suffix for rates and counts (the chart's title has it). */
export function formatTick(unit: Unit, v: number): string {
  if (unit === 'ms') return duration(v);
  if (unit === 'usd') return v === 0 ? '0' : usd(v);
  return compact(v);
}

/** Seconds of virtual time on the x axis: "45 s", "2 min", "1 h 30". */
export function clockTick(seconds: number): string {
  if (seconds < 120) return `${trim(seconds, 3)} s`;
  if (seconds < 7200) return `${trim(seconds / 60, 3)} min`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** Up to `digits` significant digits, trailing zeros dropped. */
function trim(v: number, digits: number): string {
  const s = String(Number(v.toPrecision(digits)));
  if (!s.includes('e') || Math.abs(v) >= 1) return s;
  // Tiny values (a single request's cost): plain decimals, never "2e-7".
  const places = Math.min(20, digits - Math.floor(Math.log10(Math.abs(v))) - 1);
  return v.toFixed(places).replace(/\.?0+$/, '');
}
