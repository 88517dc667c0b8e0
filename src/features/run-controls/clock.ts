import type { Speed } from '../../runtime/run/pacer';

/** "12.3 s / 60 s": virtual time reached over the run's duration. */
export function formatClock(virtualMs: number, durationMs: number): string {
  return `${seconds(virtualMs)} / ${seconds(durationMs)}`;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  if (s >= 3600) return `${+(s / 3600).toFixed(2)} h`;
  if (s >= 120) return `${+(s / 60).toFixed(1)} min`;
  return `${s.toFixed(Number.isInteger(s) ? 0 : 1)} s`;
}

export function speedLabel(speed: Speed): string {
  return speed === 'max' ? 'Max' : `${speed}×`;
}

export type RunAction = 'run' | 'stop' | 'pause' | 'step' | 'reset' | 'faster' | 'slower';

interface Keys {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The debugger keys people know from VS Code and DevTools: F5 run or resume, F6 pause,
 * F10 step, Shift+F5 stop, Ctrl/Cmd+Shift+F5 reset; Ctrl/Cmd+Enter runs; Ctrl/Cmd+] and [
 * change the speed. Null when the key is not ours.
 */
export function runKey(e: Keys): RunAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F5') return e.shiftKey ? (mod ? 'reset' : 'stop') : 'run';
  if (e.key === 'F6') return 'pause';
  if (e.key === 'F10') return 'step';
  if (e.key === 'Enter' && mod) return 'run';
  if (mod && e.key === ']') return 'faster';
  if (mod && e.key === '[') return 'slower';
  return null;
}

/** The next speed up or down the ladder (stays at the ends). */
export function nextSpeed(ladder: readonly Speed[], current: Speed, dir: 1 | -1): Speed {
  const i = ladder.indexOf(current);
  const j = Math.min(ladder.length - 1, Math.max(0, (i < 0 ? ladder.indexOf(1) : i) + dir));
  return ladder[j]!;
}

/** A fresh seed for "new seed" (the run stays reproducible: the seed is saved in the flow). */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 2 ** 31);
}
