/** A virtual time as a stopwatch reads it: "00:12.345", "1:02:03.004" past an hour. */
export function formatVirtual(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const milli = total % 1000;
  const s = Math.floor(total / 1000) % 60;
  const m = Math.floor(total / 60_000) % 60;
  const h = Math.floor(total / 3_600_000);
  const mmss = `${pad(m)}:${pad(s)}.${String(milli).padStart(3, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

const pad = (n: number) => String(n).padStart(2, '0');
