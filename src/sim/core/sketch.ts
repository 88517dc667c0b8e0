/**
 * A mergeable log-bucket histogram (DDSketch style): values are counted in buckets whose
 * bounds grow by 2% each, so any quantile is within ~1% of the true value, memory is
 * fixed, and two sketches merge by adding counts. Values below 0.01 share the first bucket.
 */
const GAMMA = 1.02;
const LOG_GAMMA = Math.log(GAMMA);
const MIN_VALUE = 0.01;
/** Enough buckets to reach ~1e9 (11.5 days in ms). */
const BUCKETS = Math.ceil(Math.log(1e9 / MIN_VALUE) / LOG_GAMMA) + 2;

export interface Quantiles {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export class Sketch {
  private counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;
  min = Infinity;

  /** Counts one non-negative value. */
  add(value: number): void {
    const v = value > 0 ? value : 0;
    let i = v <= MIN_VALUE ? 0 : Math.ceil(Math.log(v / MIN_VALUE) / LOG_GAMMA);
    if (i >= BUCKETS) i = BUCKETS - 1;
    this.counts[i]! += 1;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
    if (v < this.min) this.min = v;
  }

  /** Adds another sketch's counts into this one. */
  merge(other: Sketch): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
    if (other.min < this.min) this.min = other.min;
  }

  /** The q-quantile (0..1), within ~1% relative error; 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = q * (this.count - 1);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen > rank) {
        if (i === 0) return Math.min(this.min, MIN_VALUE);
        // The bucket's midpoint (in log space), clamped to the values actually seen.
        const mid = (MIN_VALUE * Math.pow(GAMMA, i) * 2) / (1 + GAMMA);
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  /** Count, mean, p50/p90/p95/p99 and max in one read. */
  quantiles(): Quantiles {
    return {
      count: this.count,
      mean: this.count > 0 ? this.sum / this.count : 0,
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p95: this.quantile(0.95),
      p99: this.quantile(0.99),
      max: this.max,
    };
  }

  clear(): void {
    if (this.count === 0) return;
    this.counts.fill(0);
    this.count = 0;
    this.sum = 0;
    this.max = 0;
    this.min = Infinity;
  }
}
