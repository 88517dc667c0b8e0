/** Run speed: a multiple of real time, or as fast as the machine goes. */
export type Speed = number | 'max';

/** The speeds the run controls offer, slowest first. */
export const SPEEDS: readonly Speed[] = [0.1, 0.25, 0.5, 1, 2, 5, 10, 100, 1000, 'max'];

/** Most real ms the run may lag behind its speed before it stops trying to catch up. */
const MAX_LAG_REAL_MS = 250;

/**
 * Maps real time to the virtual time a run may reach: `speed` virtual ms per real ms from
 * an anchor set at each (re)start, resume or change of speed. A run that cannot keep up
 * re-anchors instead of rushing (and says so through `behind`).
 */
export class Pacer {
  paused = false;
  /** True when the last target had to be re-anchored: the machine is slower than the speed asked. */
  behind = false;
  private vAnchor = 0;
  private rAnchor = 0;

  constructor(
    private readonly now: () => number,
    public speed: Speed,
  ) {}

  /** Counts real time from here, starting at virtual `simNow`. */
  anchor(simNow: number): void {
    this.vAnchor = simNow;
    this.rAnchor = this.now();
  }

  setSpeed(speed: Speed, simNow: number): void {
    this.speed = speed;
    this.anchor(simNow);
  }

  /** The virtual ms the run may reach now (at most `endMs`; `simNow` while paused). */
  target(simNow: number, endMs: number): number {
    if (this.paused) return simNow;
    if (this.speed === 'max') return endMs;
    const real = this.now();
    let t = this.vAnchor + (real - this.rAnchor) * this.speed;
    if ((t - simNow) / this.speed > MAX_LAG_REAL_MS) {
      this.behind = true;
      this.vAnchor = simNow;
      this.rAnchor = real - MAX_LAG_REAL_MS;
      t = simNow + MAX_LAG_REAL_MS * this.speed;
    } else if (t - simNow < this.speed * 20) this.behind = false;
    return Math.min(t, endMs);
  }
}
