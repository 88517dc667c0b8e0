/** How a card looks while a run goes: normal, amber (throttling) or red (failing). */
export type LiveTone = 'ok' | 'warn' | 'error';

/** A moment, on the real clock and on the run's virtual clock. */
export interface Stamp {
  real: number;
  virtual: number;
}

/** The last error and throttle counts seen, and when each last rose. */
export interface Heat {
  errors: number;
  throttles: number;
  errorAt: Stamp | null;
  throttleAt: Stamp | null;
}

/** How long after the last rise a card stays amber or red. */
export const HOT_MS = 1000;

/** Notes the counts now; a rise since the last look is stamped with `at`. */
export function warm(prev: Heat | undefined, counts: { errors: number; throttles: number }, at: Stamp): Heat {
  return {
    errors: counts.errors,
    throttles: counts.throttles,
    errorAt: counts.errors > (prev?.errors ?? 0) ? at : (prev?.errorAt ?? null),
    throttleAt: counts.throttles > (prev?.throttles ?? 0) ? at : (prev?.throttleAt ?? null),
  };
}

/**
 * Red if errors rose within the last second, amber if throttles did, else ok. The second is
 * real or virtual, whichever is longer: a slowed-down or paused run stays lit while the
 * moment lasts; once the run is over only real time counts, so the card calms down.
 */
export function toneOf(heat: Heat, at: Stamp, active: boolean): LiveTone {
  const recent = (s: Stamp | null) =>
    s !== null && (at.real - s.real < HOT_MS || (active && at.virtual - s.virtual < HOT_MS));
  if (recent(heat.errorAt)) return 'error';
  if (recent(heat.throttleAt)) return 'warn';
  return 'ok';
}

/** Whether the tone may still change with time alone (so it must be looked at again). */
export function isWarm(heat: Heat, at: Stamp): boolean {
  const last = Math.max(heat.errorAt?.real ?? -Infinity, heat.throttleAt?.real ?? -Infinity);
  return at.real - last < HOT_MS * 2;
}
