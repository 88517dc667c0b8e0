import { Sketch, type Quantiles } from '../core/sketch';

/** A count per bucket (invocations, errors, dollars...). */
export class Counter {
  readonly series: Float64Array;
  total = 0;
  constructor(private readonly m: MetricsClock) {
    this.series = new Float64Array(m.buckets);
  }
  /** Adds `v` at virtual time `t`. */
  add(t: number, v = 1): void {
    this.total += v;
    const b = this.m.bucketOf(t);
    if (b >= 0) this.series[b]! += v;
  }
}

/**
 * A level held over time (concurrency, environments, queue depth): the series keeps the
 * time-weighted mean and the max of each bucket. Calls must come in time order.
 */
export class Gauge {
  readonly integral: Float64Array;
  readonly maxSeries: Float64Array;
  value = 0;
  max = 0;
  private lastT = 0;
  private area = 0;
  constructor(private readonly m: MetricsClock) {
    this.integral = new Float64Array(m.buckets);
    this.maxSeries = new Float64Array(m.buckets);
  }

  /** Sets the level at virtual time `t`. */
  set(t: number, v: number): void {
    this.advance(t);
    this.value = v;
    if (v > this.max) this.max = v;
    const b = this.m.bucketOf(t);
    if (b >= 0 && v > this.maxSeries[b]!) this.maxSeries[b] = v;
  }

  /** Adds `d` to the level at virtual time `t`. */
  add(t: number, d: number): void {
    this.set(t, this.value + d);
  }

  /** Accounts the current level up to `t` (the run end calls it). */
  advance(t: number): void {
    const end = Math.min(t, this.m.endMs);
    if (end <= this.lastT) return;
    const v = this.value;
    if (v !== 0) {
      this.area += v * (end - this.lastT);
      const size = this.m.bucketMs;
      let from = this.lastT;
      while (from < end) {
        const b = Math.floor(from / size);
        const to = Math.min(end, (b + 1) * size);
        this.integral[b]! += v * (to - from);
        if (v > this.maxSeries[b]!) this.maxSeries[b] = v;
        from = to;
      }
    }
    this.lastT = end;
  }

  /** Time-weighted mean over [0, t], the current level counted up to t (reads only). */
  mean(t: number): number {
    const end = Math.min(t, this.m.endMs);
    if (end <= 0) return 0;
    return (this.area + (end > this.lastT ? this.value * (end - this.lastT) : 0)) / end;
  }
}

/** A distribution of values (durations, latencies): whole-run sketch plus per-bucket figures. */
export class Histogram {
  readonly total = new Sketch();
  readonly count: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
  readonly p99: Float64Array;
  readonly max: Float64Array;
  private current = new Sketch();
  private currentBucket = -1;
  constructor(m: MetricsClock) {
    this.m = m;
    this.count = new Float64Array(m.buckets);
    this.p50 = new Float64Array(m.buckets);
    this.p95 = new Float64Array(m.buckets);
    this.p99 = new Float64Array(m.buckets);
    this.max = new Float64Array(m.buckets);
  }
  private readonly m: MetricsClock;

  /** Records one value observed at virtual time `t` (calls in time order). */
  record(t: number, v: number): void {
    this.total.add(v);
    const b = this.m.bucketOf(t);
    if (b < 0) return;
    if (b !== this.currentBucket) this.flush(b);
    this.current.add(v);
  }

  /** Closes the open bucket into the series. */
  flush(next = -1): void {
    const b = this.currentBucket;
    if (b >= 0 && this.current.count > 0) {
      this.count[b] = this.current.count;
      this.p50[b] = this.current.quantile(0.5);
      this.p95[b] = this.current.quantile(0.95);
      this.p99[b] = this.current.quantile(0.99);
      this.max[b] = this.current.max;
    }
    this.current.clear();
    this.currentBucket = next;
  }

  quantiles(): Quantiles {
    return this.total.quantiles();
  }
}

/** The run's bucket grid. */
export class MetricsClock {
  readonly buckets: number;
  constructor(
    readonly bucketMs: number,
    readonly endMs: number,
  ) {
    this.buckets = Math.max(1, Math.ceil(endMs / bucketMs));
  }
  /** The bucket of time t, or -1 past the end of the run. */
  bucketOf(t: number): number {
    const b = Math.floor(t / this.bucketMs);
    return b < this.buckets ? b : -1;
  }
}
