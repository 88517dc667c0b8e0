const n = (x: number) => x.toLocaleString('en-US');
const lines = (x: number) => `${n(x)} line${x === 1 ? '' : 's'}`;

export interface LogCounts {
  /** Lines the panel holds. */
  held: number;
  /** Lines that pass the filters. */
  shown: number;
  /** Whether some filter is on (function, text or levels). */
  filtered: boolean;
  /** Lines the run logged that are no longer held. */
  dropped: number;
  /** Spans the run left out by sampling (known once it ends), whose lines were never logged here. */
  sampledOut: number;
}

/** "Showing the last 84,000 lines; 12,345 older lines dropped", and what the filters and sampling hide. */
export function statusText(c: LogCounts): string {
  const parts: string[] = [];
  const of = c.dropped > 0 ? `the last ${lines(c.held)}` : lines(c.held);
  if (c.filtered) parts.push(`${n(c.shown)} of ${of} match`);
  else parts.push(c.dropped > 0 ? `Showing ${of}` : of);
  if (c.dropped > 0) parts.push(`${lines(c.dropped).replace('line', 'older line')} dropped`);
  if (c.sampledOut > 0)
    parts.push(
      `${n(c.sampledOut)} span${c.sampledOut === 1 ? '' : 's'} sampled out (their lines are not here)`,
    );
  return parts.join('; ');
}
