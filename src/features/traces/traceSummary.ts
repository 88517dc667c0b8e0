import type { SpanStatus, TraceRecord } from '../../sim';
import { deadLetterOf, isRetry, worseStatus } from './spanKinds';

/** One row of the trace list: a trace (one producer event) and what happened along its path. */
export interface TraceSummary {
  traceId: number;
  /** Virtual ms of its first span's start, and its last span's end. */
  start: number;
  end: number;
  durationMs: number;
  rootNodeId: string;
  /** Node ids in the order their first spans started (each once). */
  path: string[];
  /** The worst status among its spans. */
  status: SpanStatus;
  /** Every status some span has (for the status filter). */
  statuses: ReadonlySet<SpanStatus>;
  spanCount: number;
  /** Spans that are retry attempts. */
  retries: number;
  /** Some span sent the message to a dead-letter queue. */
  deadLetter: boolean;
  /** Some span's parent is not among the kept spans (dropped from the ring or never kept). */
  partial: boolean;
  /** Node ids of its spans (for the node filter). */
  nodeIds: ReadonlySet<string>;
}

const byStart = (a: TraceRecord, b: TraceRecord) => a.start - b.start || a.spanId - b.spanId;

/** Summarises the spans of one trace (any order; at least one span). */
export function summarizeTrace(spans: readonly TraceRecord[]): TraceSummary {
  if (spans.length === 0) throw new Error('summarizeTrace needs at least one span');
  const ordered = [...spans].sort(byStart);
  const ids = new Set(ordered.map((s) => s.spanId));
  const statuses = new Set<SpanStatus>();
  const nodeIds = new Set<string>();
  const path: string[] = [];
  let status: SpanStatus = 'ok';
  let end = -Infinity;
  let retries = 0;
  let deadLetter = false;
  let partial = false;
  let root: TraceRecord | null = null;
  for (const s of ordered) {
    statuses.add(s.status);
    if (!nodeIds.has(s.nodeId)) path.push(s.nodeId);
    nodeIds.add(s.nodeId);
    status = worseStatus(status, s.status);
    end = Math.max(end, s.end);
    if (isRetry(s)) retries++;
    if (deadLetterOf(s)) deadLetter = true;
    if (s.parentSpanId === null) root ??= s;
    else if (!ids.has(s.parentSpanId)) partial = true;
  }
  const first = ordered[0]!;
  if (!root) partial = true;
  return {
    traceId: first.traceId,
    start: first.start,
    end,
    durationMs: end - first.start,
    rootNodeId: (root ?? first).nodeId,
    path,
    status,
    statuses,
    spanCount: ordered.length,
    retries,
    deadLetter,
    partial,
    nodeIds,
  };
}
