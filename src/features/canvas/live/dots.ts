import type { EdgeSettings } from '../../../model';

/** What a dot says about the message it stands for. */
export type DotTone = 'ok' | 'retry' | 'dlq';

/** Real ms a dot takes to cross its edge, then to fade at the far end. */
export const TRAVEL_MS = 600;
export const FADE_MS = 250;
const LIFE_MS = TRAVEL_MS + FADE_MS;
/** Most dots alive at once (and so drawn in one frame). */
export const DOT_CAP = 1500;
/** The cap never drops below this, however slow the machine draws. */
export const DOT_FLOOR = 300;
/** Real ms a frame's dots may take to draw before the cap comes down. */
const DRAW_BUDGET_MS = 6;

/**
 * The cap for the next frames, from what drawing this frame cost: down 15% while over the
 * budget, back up 5% while well under it (a machine without a GPU draws far fewer dots).
 */
export function nextCap(cap: number, drawMs: number): number {
  if (drawMs > DRAW_BUDGET_MS) return Math.max(DOT_FLOOR, Math.floor(cap * 0.85));
  if (drawMs < DRAW_BUDGET_MS / 2) return Math.min(DOT_CAP, Math.ceil(cap * 1.05));
  return cap;
}

/** Dead-letter edges and on-failure destinations only carry what failed. */
export function isFailurePath(settings: EdgeSettings): boolean {
  return settings.type === 'deadLetter' || (settings.type === 'destination' && settings.on === 'failure');
}

export function hopTone(attempt: number, failurePath: boolean): DotTone {
  if (failurePath) return 'dlq';
  return attempt > 1 ? 'retry' : 'ok';
}

/**
 * Eases out and in, half of it linear: a pure ease-in-out stops dead at both ends, so a busy
 * edge showed clumps of dots at its ends and gaps in its middle.
 */
export const ease = (t: number): number => 0.5 * t + 0.5 * (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** Where a dot of this age is on its edge (0..1) and how opaque; null before it starts or after it faded. */
export function dotPhase(ageMs: number): { progress: number; alpha: number } | null {
  if (ageMs < 0 || ageMs >= LIFE_MS) return null;
  if (ageMs < TRAVEL_MS) return { progress: ease(ageMs / TRAVEL_MS), alpha: 1 };
  return { progress: 1, alpha: 1 - (ageMs - TRAVEL_MS) / FADE_MS };
}

/**
 * When a hop's dot starts, in real ms: the hops read in one frame stood for the virtual span
 * (fromMs, toMs]; they are spread over the next `windowMs`, so a burst reads as a stream.
 */
export function staggeredStart(
  atMs: number,
  fromMs: number,
  toMs: number,
  frameMs: number,
  windowMs: number,
) {
  if (!(toMs > fromMs) || windowMs <= 0) return frameMs;
  const f = Math.min(1, Math.max(0, (atMs - fromMs) / (toMs - fromMs)));
  return frameMs + f * windowMs;
}

export interface Dot {
  edgeId: string;
  tone: DotTone;
  bornMs: number;
}

/** The dots alive now, bounded: past the cap new ones are skipped (and counted), never old ones cut. */
export class DotField {
  dots: Dot[] = [];
  /** Dots accepted since the last clear. */
  spawned = 0;
  /** Hops left out because the field was full. */
  skipped = 0;

  constructor(public cap = DOT_CAP) {}

  add(dot: Dot): boolean {
    if (this.dots.length >= this.cap) {
      this.skipped++;
      return false;
    }
    this.dots.push(dot);
    this.spawned++;
    return true;
  }

  /** Drops the dots that finished fading. */
  prune(nowMs: number): void {
    let keep = 0;
    for (const d of this.dots) if (nowMs - d.bornMs < LIFE_MS) this.dots[keep++] = d;
    this.dots.length = keep;
  }

  clear(): void {
    this.dots = [];
    this.spawned = 0;
    this.skipped = 0;
  }
}
