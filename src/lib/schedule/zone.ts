/**
 * Wall-clock time in an IANA time zone, through Intl (ECMAScript, no DOM). A wall time is kept
 * as the epoch ms its components would have in UTC ("wall ms"), so calendar arithmetic is plain.
 */
export interface Zone {
  /** Wall ms of an instant. */
  toWall(epochMs: number): number;
  /**
   * The instant a wall time happens; when the clock goes back and the wall time happens twice,
   * the first one; null when the clock jumps over it.
   */
  toInstant(wallMs: number): number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UTC_ZONE: Zone = { toWall: (t) => t, toInstant: (w) => w };

/** Null when the platform's Intl does not know the zone. */
export function zoneOf(timeZone: string): Zone | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  if (format.resolvedOptions().timeZone === 'UTC') return UTC_ZONE;
  // Offsets only change at transitions, which fall on whole quarter hours: one lookup per quarter.
  const cache = new Map<number, number>();
  const offsetAt = (epochMs: number): number => {
    const quarter = Math.floor(epochMs / (HOUR / 4));
    let offset = cache.get(quarter);
    if (offset === undefined) {
      const at = quarter * (HOUR / 4);
      offset = wallOf(format, at) - at;
      if (cache.size > 50_000) cache.clear();
      cache.set(quarter, offset);
    }
    return offset;
  };
  return {
    toWall: (t) => t + offsetAt(t),
    toInstant(wall) {
      // Offsets a day either side bracket any single transition near this wall time.
      const early = wall - offsetAt(wall - DAY);
      const late = wall - offsetAt(wall + DAY);
      const valid = [early, late].filter((t) => t + offsetAt(t) === wall);
      return valid.length === 0 ? null : Math.min(...valid);
    },
  };
}

function wallOf(format: Intl.DateTimeFormat, epochMs: number): number {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(epochMs))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}
