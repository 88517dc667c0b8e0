/** "12.3 s / 60 s": virtual time reached over the run's duration, for the top bar. */
export function formatClock(virtualMs: number, durationMs: number): string {
  return `${seconds(virtualMs)} / ${seconds(durationMs)}`;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  if (s >= 3600) return `${+(s / 3600).toFixed(2)} h`;
  if (s >= 120) return `${+(s / 60).toFixed(1)} min`;
  return `${s.toFixed(Number.isInteger(s) ? 0 : 1)} s`;
}

/** F5 or Ctrl/Cmd+Enter runs, Shift+F5 stops; null when the key is not ours. */
export function runKey(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): 'run' | 'stop' | null {
  if (e.key === 'F5') return e.shiftKey ? 'stop' : 'run';
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return 'run';
  return null;
}
