import type { SpanStatus } from '../../../sim';

/** A ring on a node: a span there failed (red) or was throttled (amber). */
export type PulseTone = 'error' | 'throttle';

export const PULSE_MS = 900;
/** One ring per node and tone at a time: a burst of failures is one pulse, not a blur. */
const REPEAT_MS = 350;
const PULSE_CAP = 400;

export function spanPulse(status: SpanStatus): PulseTone | null {
  if (status === 'error' || status === 'timeout' || status === 'crash') return 'error';
  if (status === 'throttled') return 'throttle';
  return null;
}

export interface Pulse {
  nodeId: string;
  tone: PulseTone;
  bornMs: number;
}

/** How far a pulse has grown (0..1) and how opaque it is; null once it is over. */
export function pulsePhase(ageMs: number): { grow: number; alpha: number } | null {
  if (ageMs < 0 || ageMs >= PULSE_MS) return null;
  const t = ageMs / PULSE_MS;
  return { grow: 1 - (1 - t) ** 2, alpha: 1 - t };
}

export class PulseField {
  pulses: Pulse[] = [];
  private last = new Map<string, number>();

  /** Starts a pulse unless the same node just pulsed in the same tone (or too many are on). */
  add(nodeId: string, tone: PulseTone, nowMs: number): boolean {
    const key = `${tone}:${nodeId}`;
    const prev = this.last.get(key);
    if ((prev !== undefined && nowMs - prev < REPEAT_MS) || this.pulses.length >= PULSE_CAP) return false;
    this.last.set(key, nowMs);
    this.pulses.push({ nodeId, tone, bornMs: nowMs });
    return true;
  }

  prune(nowMs: number): void {
    this.pulses = this.pulses.filter((p) => nowMs - p.bornMs < PULSE_MS);
  }

  clear(): void {
    this.pulses = [];
    this.last.clear();
  }
}
