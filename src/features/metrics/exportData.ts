import type { NodeSeries, NodeSummary, RunResult, RunSummary } from '../../sim';
import { seriesLength } from './chartData';
import { toCsv, type Cell } from './csv';

const QUANTILES = ['count', 'mean', 'p50', 'p90', 'p95', 'p99', 'max'] as const;
const BUCKET_STATS = ['count', 'p50', 'p99', 'max'] as const;

/** Names in first-seen order, then sorted, so columns do not move between runs of one flow. */
function union(lists: Iterable<string[]>): string[] {
  const seen = new Set<string>();
  for (const l of lists) for (const k of l) seen.add(k);
  return [...seen].sort();
}

/**
 * The run's per-node figures as CSV: one row per node, one column per figure
 * (counters, gauge mean/max, histogram count/mean/p50/p90/p95/p99/max in ms, derived values).
 * A node without a figure leaves its cell empty.
 */
export function summaryCsv(s: RunSummary): string {
  const counters = union(s.nodes.map((n) => Object.keys(n.counters)));
  const gauges = union(s.nodes.map((n) => Object.keys(n.gauges)));
  const histograms = union(s.nodes.map((n) => Object.keys(n.histograms)));
  const derived = union(s.nodes.map((n) => Object.keys(n.derived)));
  const head = [
    'node',
    'label',
    'kind',
    'simulated',
    'costUsd',
    ...counters,
    ...gauges.flatMap((g) => [`${g}.mean`, `${g}.max`]),
    ...histograms.flatMap((h) => QUANTILES.map((q) => `${h}.${q}`)),
    ...derived,
  ];
  const rows = s.nodes.map((n): Cell[] => [
    n.nodeId,
    n.label,
    n.kind,
    n.simulated,
    n.costUsd,
    ...counters.map((c) => n.counters[c]),
    ...gauges.flatMap((g) => [n.gauges[g]?.mean, n.gauges[g]?.max]),
    ...histograms.flatMap((h) => QUANTILES.map((q) => histogramCell(n, h, q))),
    ...derived.map((d) => n.derived[d]),
  ]);
  return toCsv(head, rows);
}

function histogramCell(n: NodeSummary, h: string, q: (typeof QUANTILES)[number]): Cell {
  const v = n.histograms[h];
  if (!v) return null;
  // Nothing observed: no percentile to state.
  return v.count === 0 && q !== 'count' ? null : v[q];
}

/** Buckets that hold figures: all of them, or up to where a stopped run reached. */
export function filledBuckets(s: RunSummary, series: NodeSeries[]): number {
  const length = Math.max(0, ...series.map(seriesLength));
  return Math.min(length, Math.ceil(s.reachedMs / s.bucketMs));
}

/**
 * The series as CSV: one row per node per bucket; `time_s` is the bucket's start in
 * seconds of virtual time. Counters are per bucket (not per second), gauges have the
 * bucket's mean and max, histograms the bucket's count, p50, p99 and max (empty when
 * nothing was observed in it).
 */
export function seriesCsv(s: RunSummary, series: NodeSeries[]): string {
  const counters = union(series.map((n) => Object.keys(n.counters)));
  const gauges = union(series.map((n) => Object.keys(n.gauges)));
  const histograms = union(series.map((n) => Object.keys(n.histograms)));
  const head = [
    'node',
    'kind',
    'time_s',
    ...counters,
    ...gauges.flatMap((g) => [`${g}.mean`, `${g}.max`]),
    ...histograms.flatMap((h) => BUCKET_STATS.map((q) => `${h}.${q}`)),
  ];
  const kinds = new Map(s.nodes.map((n) => [n.nodeId, n.kind]));
  const buckets = filledBuckets(s, series);
  const rows: Cell[][] = [];
  for (const n of series) {
    for (let i = 0; i < buckets; i++) {
      rows.push([
        n.nodeId,
        kinds.get(n.nodeId),
        (i * s.bucketMs) / 1000,
        ...counters.map((c) => n.counters[c]?.[i]),
        ...gauges.flatMap((g) => [n.gauges[g]?.mean[i], n.gauges[g]?.max[i]]),
        ...histograms.flatMap((h) => {
          const v = n.histograms[h];
          if (!v) return BUCKET_STATS.map(() => null);
          const seen = (v.count[i] ?? 0) > 0;
          return BUCKET_STATS.map((q) => (q === 'count' ? v.count[i] : seen ? v[q][i] : null));
        }),
      ]);
    }
  }
  return toCsv(head, rows);
}

/** An indented array of numbers; raw line breaks never occur inside JSON strings, so no label matches. */
const NUMBER_ARRAY = /\[\n\s*-?[\d.eE+-]+(?:,\n\s*-?[\d.eE+-]+)*\n\s*\]/g;

/** Everything in one JSON file: the summary, and the series cut to the buckets that hold figures. */
export function metricsJson(r: RunResult): string {
  const s = r.summary;
  const buckets = filledBuckets(s, r.series);
  const cut = <T>(a: T[]) => a.slice(0, buckets);
  const series = r.series.map((n) => ({
    nodeId: n.nodeId,
    counters: mapValues(n.counters, cut),
    gauges: mapValues(n.gauges, (g) => ({ mean: cut(g.mean), max: cut(g.max) })),
    histograms: mapValues(n.histograms, (h) => ({
      count: cut(h.count),
      p50: cut(h.p50),
      p99: cut(h.p99),
      max: cut(h.max),
    })),
  }));
  const doc = {
    format: 'eventflow-metrics',
    formatVersion: 1,
    flowName: s.flowName,
    seed: s.seed,
    bucketMs: s.bucketMs,
    /** Each bucket's start, in seconds of virtual time. */
    time_s: Array.from({ length: buckets }, (_, i) => (i * s.bucketMs) / 1000),
    summary: s,
    series,
  };
  // Indented for reading, but each array of numbers on one line (600 buckets are 600 lines otherwise).
  return JSON.stringify(doc, null, 2).replace(NUMBER_ARRAY, (a) => a.replace(/\s+/g, '')) + '\n';
}

function mapValues<A, B>(o: Record<string, A>, f: (a: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** "Fan-out demo", seed 7 -> "fan-out-demo-seed7-<what>.<ext>". */
export function exportFileName(flowName: string, seed: number, what: string, ext: string): string {
  const base =
    flowName
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'flow';
  return `${base}-seed${seed}-${what}.${ext}`;
}
