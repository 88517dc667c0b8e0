import type { Gauge } from '../../records/metrics';

export interface PoolGauges {
  total: Gauge;
  busy: Gauge;
  idle: Gauge;
}

/**
 * A function's execution environments. Idle on-demand environments sit in a deque ordered
 * by when they went idle: reuse takes the most recently used one (tail), keep-alive
 * reclaims from the oldest (head), so the pool shrinks to what the load needs.
 * Provisioned environments are kept apart: used first, never reclaimed.
 */
export class EnvironmentPool {
  private idleEnv: number[] = [];
  private idleAt: number[] = [];
  private head = 0;
  private provisionedIdle: number[] = [];
  private nextEnv = 1;
  /** 1 for provisioned environment ids (a byte per environment ever created). */
  private provisionedFlag = new Uint8Array(64);
  busy = 0;
  created = 0;
  private tokens: number;
  private tokensAt = 0;

  constructor(
    private readonly keepAliveMs: number,
    readonly provisioned: number,
    private readonly gauges: PoolGauges,
    /** Scaling rate: new environments per second and the most that can build up. */
    private readonly refillPerMs = 0.1,
    private readonly burst = 1000,
  ) {
    this.tokens = burst;
    for (let i = 0; i < provisioned; i++) this.addProvisioned();
    this.gauges.total.set(0, provisioned);
    this.gauges.idle.set(0, provisioned);
  }

  get idleCount(): number {
    return this.idleEnv.length - this.head + this.provisionedIdle.length;
  }

  /** Reclaims environments idle for longer than the keep-alive, each at its own expiry time. */
  reclaim(now: number): void {
    while (this.head < this.idleEnv.length && this.idleAt[this.head]! + this.keepAliveMs <= now) {
      const at = this.idleAt[this.head]! + this.keepAliveMs;
      this.head++;
      this.gauges.idle.add(at, -1);
      this.gauges.total.add(at, -1);
    }
    if (this.head > 1024 && this.head * 2 > this.idleEnv.length) {
      this.idleEnv = this.idleEnv.slice(this.head);
      this.idleAt = this.idleAt.slice(this.head);
      this.head = 0;
    }
  }

  /** Takes an idle provisioned environment; 0 if none. */
  takeProvisioned(now: number): number {
    const env = this.provisionedIdle.pop();
    if (env === undefined) return 0;
    this.markBusy(now);
    return env;
  }

  /** Takes the most recently used idle on-demand environment; 0 if none. */
  takeWarm(now: number): number {
    if (this.idleEnv.length === this.head) return 0;
    const env = this.idleEnv.pop()!;
    this.idleAt.pop();
    this.markBusy(now);
    return env;
  }

  private markBusy(now: number): void {
    this.busy++;
    this.gauges.idle.add(now, -1);
    this.gauges.busy.add(now, 1);
  }

  /** Whether the scaling rate allows a new environment now (spends a token if so). */
  takeScalingToken(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + (now - this.tokensAt) * this.refillPerMs);
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** A new (cold) environment, busy from now. */
  create(now: number): number {
    this.busy++;
    this.created++;
    this.gauges.total.add(now, 1);
    this.gauges.busy.add(now, 1);
    return this.nextEnv++;
  }

  /** The request on `env` ended: the environment goes idle, or is destroyed (timeout, crash). */
  release(now: number, env: number, destroy: boolean): void {
    this.busy--;
    this.gauges.busy.add(now, -1);
    if (destroy) {
      this.gauges.total.add(now, -1);
      // A provisioned environment is replaced (re-initialised ahead of time by Lambda).
      if (this.isProvisioned(env)) {
        this.provisionedFlag[env] = 0;
        this.restoreProvisioned(now);
      }
      return;
    }
    this.gauges.idle.add(now, 1);
    if (this.isProvisioned(env)) this.provisionedIdle.push(env);
    else {
      this.idleEnv.push(env);
      this.idleAt.push(now);
    }
  }

  private isProvisioned(env: number): boolean {
    return env < this.provisionedFlag.length && this.provisionedFlag[env] === 1;
  }

  private addProvisioned(): void {
    const env = this.nextEnv++;
    if (env >= this.provisionedFlag.length) {
      const bigger = new Uint8Array(Math.max(env + 1, this.provisionedFlag.length * 2));
      bigger.set(this.provisionedFlag);
      this.provisionedFlag = bigger;
    }
    this.provisionedFlag[env] = 1;
    this.provisionedIdle.push(env);
  }

  private restoreProvisioned(now: number): void {
    this.addProvisioned();
    this.gauges.total.add(now, 1);
    this.gauges.idle.add(now, 1);
  }
}
