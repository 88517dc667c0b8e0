import { useCallback, useMemo } from 'react';
import type { NodeKind } from '../../model';
import {
  isActive,
  useLiveFrame,
  useLiveRun,
  useRunResult,
  useRunState,
  type LiveRun,
} from '../../runtime/run';
import type { NodeSeries, RunResult } from '../../sim';
import { holdGaugeLevels, seriesLength, type Grid } from './chartData';
import { filledBuckets } from './exportData';
import type { CountedNode } from './totals';

export interface NodeInfo {
  id: string;
  label: string;
  kind: NodeKind;
}

/** What the panel draws from: the run under way (live) or the last result. */
export interface MetricsSource {
  mode: 'live' | 'result';
  grid: Grid;
  durationMs: number;
  /** The run's clock (live), or where a stopped run ended; null after a full run. */
  nowMs: number | null;
  nodes: NodeInfo[];
  /** Series of the nodes asked for (live), or of every node (result). */
  series: ReadonlyMap<string, NodeSeries>;
  /** Counter totals per node so far. */
  counted: CountedNode[];
  result: RunResult | null;
}

/** The overview draws at most this many nodes (a run's copies of series cost time). */
export const OVERVIEW_LIMIT = 24;

/**
 * Live figures a few times a second while a run goes on (the series of `nodeId`, or of the
 * first OVERVIEW_LIMIT nodes when null); the result's once it ends.
 */
export function useMetricsSource(nodeId: string | null): MetricsSource | null {
  const state = useRunState();
  const result = useRunResult();
  const live = useLiveRun();
  const read = useCallback(
    (lv: LiveRun) =>
      readLive(lv, nodeId ? [nodeId] : lv.flow.nodes.slice(0, OVERVIEW_LIMIT).map((n) => n.id)),
    [nodeId],
  );
  const frame = useLiveFrame(read, 250, [nodeId]);
  const fromResult = useMemo(() => (result ? resultSource(result) : null), [result]);
  if (isActive(state) && live) return frame;
  return fromResult;
}

function readLive(lv: LiveRun, ids: string[]): MetricsSource {
  const levels = new Map(lv.nodes().map((n) => [n.nodeId, n]));
  const nodes = lv.flow.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind }));
  const raw = ids.map((id) => lv.series(id)).filter((s): s is NodeSeries => s !== null);
  const length = Math.max(0, ...raw.map(seriesLength));
  const bucketMs = length > 0 ? lv.durationMs / length : lv.durationMs;
  // Only finished buckets: the one under way would dip, and its percentiles are not out yet.
  const filled = Math.min(length, Math.floor(lv.nowMs / bucketMs));
  const series = new Map(
    raw.map((s) => [s.nodeId, holdGaugeLevels(s, levels.get(s.nodeId)?.gauges ?? {}, filled)]),
  );
  return {
    mode: 'live',
    grid: { bucketMs, buckets: Math.max(length, 1), filled },
    durationMs: lv.durationMs,
    nowMs: lv.nowMs,
    nodes,
    series,
    counted: nodes.map((n) => ({
      nodeId: n.id,
      label: n.label,
      kind: n.kind,
      counters: levels.get(n.id)?.counters ?? {},
    })),
    result: null,
  };
}

function resultSource(r: RunResult): MetricsSource {
  const s = r.summary;
  const length = Math.max(1, ...r.series.map(seriesLength));
  return {
    mode: 'result',
    grid: { bucketMs: s.bucketMs, buckets: length, filled: filledBuckets(s, r.series) },
    durationMs: s.durationMs,
    nowMs: s.completed ? null : s.reachedMs,
    nodes: s.nodes.map((n) => ({ id: n.nodeId, label: n.label, kind: n.kind })),
    series: new Map(r.series.map((x) => [x.nodeId, x])),
    counted: s.nodes.map((n) => ({ nodeId: n.nodeId, label: n.label, kind: n.kind, counters: n.counters })),
    result: r,
  };
}
