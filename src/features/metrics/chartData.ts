import type { NodeKind } from '../../model';
import type { NodeSeries } from '../../sim';
import { CHARTS, MAIN_CHART, type ChartSpec, type LineSource, type LineSpec } from './chartSpecs';

/** The time grid of a run: its buckets, and how many of them hold figures yet. */
export interface Grid {
  bucketMs: number;
  /** Buckets over the whole run (the x axis spans all of them). */
  buckets: number;
  /** Buckets with figures: all of them after a run, the finished ones during it. */
  filled: number;
}

/** uPlot's aligned data: x (seconds) first, then one array per line; null leaves a gap. */
export type Columns = [number[], ...(number | null)[][]];

export interface ChartData {
  spec: ChartSpec;
  /** The spec's lines this node has, in order. */
  lines: LineSpec[];
  columns: Columns;
  /** The latest value of each line (the legend shows it when nothing is hovered). */
  last: (number | null)[];
  /** Seconds of virtual time one point covers. */
  binS: number;
}

/** Bins of `step` buckets each; a bin shows once all its buckets are filled (or the run ended). */
function binsOf(grid: Grid, step: number): { count: number; filled: number } {
  const count = Math.ceil(grid.buckets / step);
  return { count, filled: grid.filled >= grid.buckets ? count : Math.floor(grid.filled / step) };
}

/**
 * Buckets per plotted point for rates and levels, for about `points` points across a chart.
 * A 60 s run has 600 buckets of 100 ms, and a rate per 100 ms jumps between 0 and 10/s when
 * a client sends one request a second; 0.5 s or 1 s bins read as what they are.
 */
export const displayStep = (buckets: number, points = 120): number =>
  Math.max(1, Math.ceil(buckets / points));

/** Points across a full chart, and across a small overview chart. */
export const POINTS = { full: 120, small: 60 } as const;

/**
 * A line's values from a series, one per bin of `step` buckets (null where there are no
 * figures yet), or null when the node has no such metric. Rates are per second over the
 * bin, levels the mean of means or the max of maxes, cumulative sums count to the bin's end.
 * Histograms keep their buckets (per-bucket percentiles do not merge).
 */
export function lineValues(src: LineSource, s: NodeSeries, grid: Grid, step = 1): (number | null)[] | null {
  const k = src.type === 'histogram' ? 1 : step;
  const bins = binsOf(grid, k);
  const out: (number | null)[] = new Array<number | null>(bins.count).fill(null);
  const span = (b: number): [number, number] => [b * k, Math.min((b + 1) * k, grid.buckets)];
  switch (src.type) {
    case 'rate': {
      const c = s.counters[src.counter];
      if (!c) return null;
      for (let b = 0; b < bins.filled; b++) {
        const [from, to] = span(b);
        out[b] = (sum(c, from, to) * 1000) / ((to - from) * grid.bucketMs);
      }
      return out;
    }
    case 'cumulative': {
      const c = s.counters[src.counter];
      if (!c) return null;
      let total = 0;
      for (let b = 0; b < bins.filled; b++) out[b] = total += sum(c, ...span(b));
      return out;
    }
    case 'gauge': {
      const g = s.gauges[src.gauge]?.[src.stat];
      if (!g) return null;
      for (let b = 0; b < bins.filled; b++) {
        const [from, to] = span(b);
        out[b] = src.stat === 'max' ? Math.max(...g.slice(from, to)) : sum(g, from, to) / (to - from);
      }
      return out;
    }
    case 'histogram': {
      const h = s.histograms[src.histogram];
      if (!h) return null;
      // A bucket without observations has no percentile: a gap, not a zero.
      for (let i = 0; i < bins.filled; i++) out[i] = (h.count[i] ?? 0) > 0 ? (h[src.stat][i] ?? 0) : null;
      return out;
    }
  }
}

function sum(a: ArrayLike<number>, from: number, to: number): number {
  let t = 0;
  for (let i = from; i < to; i++) t += a[i] ?? 0;
  return t;
}

/** x values: each bin's start in seconds of virtual time. */
export function timeAxis(grid: Grid, step = 1): number[] {
  return Array.from({ length: Math.ceil(grid.buckets / step) }, (_, b) => (b * step * grid.bucketMs) / 1000);
}

/** One chart's columns for a node, or null when the node has none of its metrics (or an optional chart is flat). */
export function chartData(
  spec: ChartSpec,
  s: NodeSeries,
  grid: Grid,
  points: number = POINTS.full,
): ChartData | null {
  const step = spec.lines.some((l) => l.source.type === 'histogram') ? 1 : displayStep(grid.buckets, points);
  const x = timeAxis(grid, step);
  const lines: LineSpec[] = [];
  const ys: (number | null)[][] = [];
  for (const line of spec.lines) {
    const v = lineValues(line.source, s, grid, step);
    if (!v || (line.optional && !v.some(nonZero))) continue;
    lines.push(line);
    ys.push(v);
  }
  if (lines.length === 0) return null;
  if (spec.optional && !ys.some((v) => v.some(nonZero))) return null;
  const lastIndex = binsOf(grid, step).filled - 1;
  const binS = (step * grid.bucketMs) / 1000;
  return { spec, lines, columns: [x, ...ys], last: ys.map((v) => lastFilled(v, lastIndex)), binS };
}

/** Every chart that makes sense for a node of `kind`, with its data. */
export function nodeCharts(kind: NodeKind, s: NodeSeries, grid: Grid): ChartData[] {
  return CHARTS[kind].map((spec) => chartData(spec, s, grid)).filter((c): c is ChartData => c !== null);
}

/** The overview's one chart for a node. */
export function mainChart(kind: NodeKind, s: NodeSeries, grid: Grid): ChartData | null {
  const spec = CHARTS[kind].find((c) => c.id === MAIN_CHART[kind].id);
  return spec ? chartData({ ...spec, optional: false }, s, grid, POINTS.small) : null;
}

const nonZero = (y: number | null) => y !== null && y !== 0;

function lastFilled(v: (number | null)[], from: number): number | null {
  for (let i = from; i >= 0; i--) if (v[i] !== null && v[i] !== undefined) return v[i]!;
  return null;
}

/**
 * During a run a gauge's buckets are written when its level changes, so the buckets since
 * its last change read 0. A gauge whose level is `v > 0` now and whose recent buckets show
 * no max at all has held `v` all along (any change would have left its max there): fill
 * them. Mutates `s` (a copy the live run handed out).
 */
export function holdGaugeLevels(s: NodeSeries, levels: Record<string, number>, filled: number): NodeSeries {
  for (const [name, g] of Object.entries(s.gauges)) {
    const v = levels[name] ?? 0;
    if (v <= 0) continue;
    const upTo = Math.min(filled, g.max.length);
    for (let i = upTo - 1; i >= 0 && g.max[i] === 0; i--) {
      g.max[i] = v;
      g.mean[i] = v;
    }
  }
  return s;
}

/** Buckets in a node's series (0 when it has no metric at all). */
export function seriesLength(n: NodeSeries): number {
  const first =
    Object.values(n.counters)[0] ?? Object.values(n.gauges)[0]?.mean ?? Object.values(n.histograms)[0]?.count;
  return first?.length ?? 0;
}
