import type { ApiSettings } from '../../../model';
import { TokenBucket } from './tokenBucket';

type Plan = NonNullable<ApiSettings['usagePlan']>;
const DAY_MS = 86_400_000;

/** Per-API-key throttling and daily quota of a usage plan (quota days are UTC days). */
export class UsagePlans {
  private keys = new Map<string, { bucket: TokenBucket; day: number; used: number }>();

  constructor(
    private readonly plan: Plan,
    private readonly startEpochMs: number,
  ) {}

  /** Counts one request for `key`; says which limit refused it, if one did. */
  take(key: string, now: number): 'ok' | 'quota' | 'rate' {
    let k = this.keys.get(key);
    if (!k)
      this.keys.set(
        key,
        (k = { bucket: new TokenBucket(this.plan.rateLimit, this.plan.burstLimit), day: -1, used: 0 }),
      );
    const day = Math.floor((this.startEpochMs + now) / DAY_MS);
    if (day !== k.day) {
      k.day = day;
      k.used = 0;
    }
    if (this.plan.quotaPerDay !== null && k.used >= this.plan.quotaPerDay) return 'quota';
    if (!k.bucket.take(now)) return 'rate';
    k.used++;
    return 'ok';
  }
}
