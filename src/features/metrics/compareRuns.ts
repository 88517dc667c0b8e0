import type { NodeKind } from '../../model';
import type { NodeSummary, RunSummary } from '../../sim';
import type { Unit } from './format';

/** A whole-run figure of a node, and which way is better (null: neither, e.g. throughput). */
export interface Figure {
  key: string;
  label: string;
  unit: Exclude<Unit, 'perSecond'>;
  better: 'lower' | 'higher' | null;
  read: (n: NodeSummary) => number | undefined;
}

const counter = (name: string, label: string, better: Figure['better'] = null): Figure => ({
  key: name,
  label,
  unit: 'count',
  better,
  read: (n) => n.counters[name],
});
const gaugeMax = (name: string, label: string, unit: Figure['unit'] = 'count'): Figure => ({
  key: `${name}.max`,
  label,
  unit,
  better: 'lower',
  read: (n) => n.gauges[name]?.max,
});
const quantile = (name: string, q: 'p50' | 'p90' | 'p95' | 'p99', label: string): Figure => ({
  key: `${name}.${q}`,
  label,
  unit: 'ms',
  better: 'lower',
  // No observations, no percentile.
  read: (n) => (n.histograms[name]?.count ? n.histograms[name][q] : undefined),
});
const e2e = [
  quantile('e2eLatency', 'p50', 'e2e p50'),
  quantile('e2eLatency', 'p95', 'e2e p95'),
  quantile('e2eLatency', 'p99', 'e2e p99'),
];
const latency = [quantile('latency', 'p50', 'latency p50'), quantile('latency', 'p99', 'latency p99')];

/** The figures compared side by side, per kind. */
export const FIGURES: Readonly<Record<NodeKind, readonly Figure[]>> = {
  client: [
    counter('requests', 'sent'),
    counter('responses2xx', '2xx', 'higher'),
    counter('responses4xx', '4xx', 'lower'),
    counter('responses5xx', '5xx', 'lower'),
    counter('timeouts', 'timeouts', 'lower'),
    counter('retries', 'retries', 'lower'),
    ...e2e,
  ],
  schedule: [counter('fires', 'fires'), ...e2e],
  source: [counter('events', 'events'), ...e2e],
  api: [
    counter('requests', 'requests'),
    counter('throttles', '429s', 'lower'),
    counter('responses5xx', '5xx', 'lower'),
    ...latency,
  ],
  bus: [
    counter('messagesIn', 'events in'),
    counter('matchedEvents', 'matched'),
    counter('messagesOut', 'deliveries'),
    counter('failedInvocations', 'failed deliveries', 'lower'),
    counter('movedToDlq', 'to DLQ', 'lower'),
  ],
  topic: [
    counter('messagesIn', 'published'),
    counter('messagesOut', 'delivered'),
    counter('filteredOut', 'filtered out'),
    counter('deliveryFailed', 'failed', 'lower'),
  ],
  queue: [
    counter('messagesIn', 'sent'),
    counter('messagesOut', 'left'),
    counter('movedToDlq', 'to DLQ', 'lower'),
    gaugeMax('queueDepth', 'max depth'),
    gaugeMax('queueAgeMs', 'max age', 'ms'),
    gaugeMax('dlqSize', 'max DLQ size'),
  ],
  stream: [
    counter('recordsIn', 'written'),
    counter('recordsProcessed', 'processed'),
    counter('writeThrottles', 'write throttles', 'lower'),
    quantile('iteratorAgeMs', 'p99', 'iterator age p99'),
  ],
  function: [
    counter('invocations', 'invocations'),
    counter('errors', 'errors', 'lower'),
    counter('throttles', 'throttles', 'lower'),
    counter('coldStarts', 'cold starts', 'lower'),
    gaugeMax('concurrency', 'max concurrency'),
    gaugeMax('environments', 'max environments'),
    quantile('duration', 'p50', 'duration p50'),
    quantile('duration', 'p99', 'duration p99'),
    { key: 'costUsd', label: 'cost', unit: 'usd', better: 'lower', read: (n) => n.costUsd ?? undefined },
  ],
  table: [
    counter('reads', 'reads'),
    counter('writes', 'writes'),
    gaugeMax('itemCount', 'max items'),
    ...latency,
  ],
  bucket: [counter('puts', 'puts'), counter('gets', 'gets'), gaugeMax('objectCount', 'max objects')],
  external: [
    counter('calls', 'calls'),
    counter('errors', '500s', 'lower'),
    counter('rateLimited', '429s', 'lower'),
    ...latency,
  ],
};

export interface FigureRow {
  key: string;
  label: string;
  unit: Figure['unit'];
  kept: number | null;
  current: number | null;
  /** current - kept (null when either is missing). */
  delta: number | null;
  /** 'better' / 'worse' when the figure has a good direction and moved. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface NodeComparison {
  nodeId: string;
  label: string;
  kind: NodeKind;
  /** In both runs, or in one only. */
  presence: 'both' | 'kept only' | 'current only';
  rows: FigureRow[];
}

/** Each node's figures in the kept run and the current one, nodes matched by id. */
export function compareRuns(kept: RunSummary, current: RunSummary): NodeComparison[] {
  const old = new Map(kept.nodes.map((n) => [n.nodeId, n]));
  const now = new Map(current.nodes.map((n) => [n.nodeId, n]));
  const ids = [
    ...current.nodes.map((n) => n.nodeId),
    ...kept.nodes.map((n) => n.nodeId).filter((id) => !now.has(id)),
  ];
  return ids.map((id) => {
    const a = old.get(id);
    const b = now.get(id);
    const n = (b ?? a)!;
    const kind = a && b && a.kind !== b.kind ? null : n.kind;
    const figures = kind ? FIGURES[kind] : [];
    const rows = figures
      .map((f) => row(f, a ? f.read(a) : undefined, b ? f.read(b) : undefined))
      .filter((r) => r.kept !== null || r.current !== null);
    return {
      nodeId: id,
      label: n.label,
      kind: n.kind,
      presence: a && b ? 'both' : a ? 'kept only' : 'current only',
      rows,
    };
  });
}

function row(f: Figure, kept: number | undefined, current: number | undefined): FigureRow {
  const k = kept ?? null;
  const c = current ?? null;
  const delta = k !== null && c !== null ? c - k : null;
  let verdict: FigureRow['verdict'] = null;
  if (delta !== null && f.better) {
    const tiny = Math.abs(delta) <= 1e-9 * Math.max(Math.abs(k!), Math.abs(c!));
    verdict = tiny ? 'same' : delta < 0 === (f.better === 'lower') ? 'better' : 'worse';
  }
  return { key: f.key, label: f.label, unit: f.unit, kept: k, current: c, delta, verdict };
}

/** "+12%" / "-3.5%" / "new" when the kept value was zero. */
export function percentChange(r: FigureRow): string | null {
  if (r.delta === null || r.kept === null) return null;
  if (r.delta === 0) return '0%';
  if (r.kept === 0) return 'new';
  const pct = (r.delta / Math.abs(r.kept)) * 100;
  return `${pct > 0 ? '+' : ''}${Math.abs(pct) < 10 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}
