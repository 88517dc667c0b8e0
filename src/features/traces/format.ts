/** Virtual time since the start of the run, as seconds with milliseconds: 12.345. */
export function formatAt(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** A duration short enough for a table cell: 0.42 ms, 8.1 ms, 230 ms, 1.25 s, 2 m 05 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms === 0) return '0 ms';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} m ${String(s % 60).padStart(2, '0')} s`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
