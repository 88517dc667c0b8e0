/**
 * Virtual time for one execution environment. Timers never wait for real: the scheduler
 * (scheduler.ts) jumps `now` to the earliest due timer once the code has nothing else to do,
 * so `await sleep(200)` adds 200 virtual ms and finishes at once.
 */
interface Timer {
  id: number;
  at: number;
  seq: number;
  fn: (...args: unknown[]) => void;
  args: unknown[];
  /** Repeat period for setInterval; 0 for a one-shot. */
  every: number;
  delay: number;
}

/** setImmediate's marker: runs at the current virtual time. */
export const IMMEDIATE = Symbol('immediate');

/** Node's rule (Lambda runs Node): integer ms, and anything below 1 or above 2^31-1 is 1. */
function nodeDelay(ms: unknown): number {
  const n = Math.trunc(Number(ms));
  return n >= 1 && n <= 2147483647 ? n : 1;
}

/**
 * What setTimeout returns in Node (Lambda's runtime): an object with ref/unref/hasRef/
 * refresh that converts to its numeric id, so clearTimeout(t) and `+t` both work.
 */
export class Timeout {
  constructor(
    private readonly clock: VirtualClock,
    readonly id: number,
  ) {}
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
  refresh(): this {
    this.clock.refresh(this.id);
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.id;
  }
}

export class VirtualClock {
  /** Virtual ms of the run (same axis as InvokeRequest.startMs). */
  now = 0;
  private timers: Timer[] = [];
  private nextId = 1;
  private seq = 0;

  /** setTimeout / setInterval / setImmediate. */
  add(fn: unknown, ms: unknown, args: unknown[], repeat: boolean): Timeout {
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
    const delay = ms === IMMEDIATE ? 0 : nodeDelay(ms);
    const t: Timer = {
      id: this.nextId++,
      at: this.now + delay,
      seq: this.seq++,
      fn: fn as Timer['fn'],
      args,
      every: repeat ? delay : 0,
      delay,
    };
    this.timers.push(t);
    return new Timeout(this, t.id);
  }

  /** Restarts a timer's delay from now (Timeout.refresh). */
  refresh(id: number): void {
    const t = this.timers.find((x) => x.id === id);
    if (!t) return;
    t.at = this.now + (t.every || t.delay);
    t.seq = this.seq++;
  }

  clear(id: unknown): void {
    const n = typeof id === 'number' ? id : Number(id);
    const i = this.timers.findIndex((t) => t.id === n);
    if (i >= 0) this.timers.splice(i, 1);
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Virtual ms of the earliest timer, or Infinity when none is set. */
  nextAt(): number {
    let best = Infinity;
    for (const t of this.timers) if (t.at < best) best = t.at;
    return best;
  }

  /**
   * Moves time to the earliest timer (never backwards) and runs every timer due then, in
   * the order they were set. A throwing callback stops the round and is returned.
   */
  fireNext(): { thrown: unknown } | null {
    const at = this.nextAt();
    if (at === Infinity) return null;
    if (at > this.now) this.now = at;
    const due = this.timers.filter((t) => t.at <= this.now).sort((x, y) => x.at - y.at || x.seq - y.seq);
    for (const t of due) {
      if (!this.timers.includes(t)) continue; // cleared by an earlier callback of this round
      if (t.every > 0) {
        t.at += t.every;
        t.seq = this.seq++;
      } else this.timers.splice(this.timers.indexOf(t), 1);
      try {
        t.fn(...t.args);
      } catch (e) {
        return { thrown: e };
      }
    }
    return null;
  }
}

/** A Date whose `new Date()` and `Date.now()` read the environment's virtual clock. */
export function virtualDateClass(epochNow: () => number): DateConstructor {
  class VirtualDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(epochNow());
      else super(...(args as [number]));
    }
    static override now(): number {
      // Whole milliseconds, as Node's Date.now() (the virtual clock itself may be fractional).
      return Math.floor(epochNow());
    }
  }
  return VirtualDate as unknown as DateConstructor;
}
