import type { Quantiles } from '../core/sketch';
import { Counter, Gauge, Histogram, type MetricsClock } from './metrics';

export interface GaugeFigures {
  mean: number;
  max: number;
}

/** One node's whole-run figures, by metric name. */
export interface MetricTotals {
  counters: Record<string, number>;
  gauges: Record<string, GaugeFigures>;
  histograms: Record<string, Quantiles>;
}

/** One node's figures right now: counter totals and gauge levels. */
export interface LiveFigures {
  counters: Record<string, number>;
  gauges: Record<string, number>;
}

/** One node's series: one value per bucket, by metric name. */
export interface NodeSeries {
  nodeId: string;
  counters: Record<string, number[]>;
  gauges: Record<string, { mean: number[]; max: number[] }>;
  histograms: Record<string, { count: number[]; p50: number[]; p95: number[]; p99: number[]; max: number[] }>;
}

/** A node's metrics, created by name on first use; behaviours keep the handles they get. */
export class NodeMetrics {
  private counters = new Map<string, Counter>();
  private gauges = new Map<string, Gauge>();
  private histograms = new Map<string, Histogram>();
  constructor(
    readonly nodeId: string,
    private readonly clock: MetricsClock,
  ) {}

  counter(name: string): Counter {
    let c = this.counters.get(name);
    if (!c) this.counters.set(name, (c = new Counter(this.clock)));
    return c;
  }
  gauge(name: string): Gauge {
    let g = this.gauges.get(name);
    if (!g) this.gauges.set(name, (g = new Gauge(this.clock)));
    return g;
  }
  /** Lists an existing gauge under a second name (one level, two names: no double work). */
  aliasGauge(name: string, gauge: Gauge): void {
    this.gauges.set(name, gauge);
  }
  histogram(name: string): Histogram {
    let h = this.histograms.get(name);
    if (!h) this.histograms.set(name, (h = new Histogram(this.clock)));
    return h;
  }

  /** Closes open gauges and buckets at the end of the run. */
  close(endMs: number): void {
    for (const g of this.gauges.values()) g.advance(endMs);
    for (const h of this.histograms.values()) h.flush();
  }

  totals(endMs: number): MetricTotals {
    const out: MetricTotals = { counters: {}, gauges: {}, histograms: {} };
    for (const [k, c] of sorted(this.counters)) out.counters[k] = c.total;
    for (const [k, g] of sorted(this.gauges)) out.gauges[k] = { mean: g.mean(endMs), max: g.max };
    for (const [k, h] of sorted(this.histograms)) out.histograms[k] = h.quantiles();
    return out;
  }

  /** Counter totals and current gauge levels, for live badges (reads only; cheap enough per frame). */
  live(): LiveFigures {
    const out: LiveFigures = { counters: {}, gauges: {} };
    for (const [k, c] of this.counters) out.counters[k] = c.total;
    for (const [k, g] of this.gauges) out.gauges[k] = g.value;
    return out;
  }

  series(): NodeSeries {
    const size = this.clock.bucketMs;
    const out: NodeSeries = { nodeId: this.nodeId, counters: {}, gauges: {}, histograms: {} };
    for (const [k, c] of sorted(this.counters)) out.counters[k] = Array.from(c.series);
    for (const [k, g] of sorted(this.gauges)) {
      out.gauges[k] = {
        mean: Array.from(g.integral, (a, i) => a / Math.min(size, this.clock.endMs - i * size)),
        max: Array.from(g.maxSeries),
      };
    }
    for (const [k, h] of sorted(this.histograms)) {
      out.histograms[k] = {
        count: Array.from(h.count),
        p50: Array.from(h.p50),
        p95: Array.from(h.p95),
        p99: Array.from(h.p99),
        max: Array.from(h.max),
      };
    }
    return out;
  }
}

function sorted<V>(m: Map<string, V>): [string, V][] {
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
