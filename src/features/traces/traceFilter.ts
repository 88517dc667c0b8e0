import type { SpanStatus } from '../../sim';
import type { TraceSummary } from './traceSummary';

/** 'problem': any span that is not ok. A span status: some span of the trace has it. */
export type StatusFilter = 'all' | 'ok' | 'problem' | Exclude<SpanStatus, 'ok'>;

export interface TraceFilter {
  status: StatusFilter;
  /** Only traces on which this node has a span. */
  nodeId: string | null;
  /** Only traces that took at least this long (virtual ms). */
  minMs: number | null;
  retries: boolean;
  deadLetter: boolean;
  /** Case-insensitive, over payloads and error messages. */
  text: string;
}

export const NO_FILTER: TraceFilter = {
  status: 'all',
  nodeId: null,
  minMs: null,
  retries: false,
  deadLetter: false,
  text: '',
};

export const STATUS_FILTERS: Array<{ value: StatusFilter; label: string }> = [
  { value: 'all', label: 'All statuses' },
  { value: 'ok', label: 'OK only' },
  { value: 'problem', label: 'Any problem' },
  { value: 'error', label: 'Errors' },
  { value: 'timeout', label: 'Timeouts' },
  { value: 'throttled', label: 'Throttled' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'crash', label: 'Crashed' },
  { value: 'not-simulated', label: 'Not simulated' },
];

export function matchesStatus(t: TraceSummary, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'ok') return t.status === 'ok';
  if (status === 'problem') return t.status !== 'ok';
  return t.statuses.has(status);
}

export function isFiltered(f: TraceFilter): boolean {
  return (
    f.status !== 'all' ||
    f.nodeId !== null ||
    f.minMs !== null ||
    f.retries ||
    f.deadLetter ||
    f.text.trim() !== ''
  );
}

/**
 * The traces that pass every filter, in their order. `hasText` answers the text search
 * (lower-case needle); it is only asked about traces that passed the cheaper tests.
 */
export function filterTraces(
  traces: readonly TraceSummary[],
  f: TraceFilter,
  hasText: (traceId: number, needle: string) => boolean,
): readonly TraceSummary[] {
  if (!isFiltered(f)) return traces;
  const needle = f.text.trim().toLowerCase();
  return traces.filter(
    (t) =>
      matchesStatus(t, f.status) &&
      (f.nodeId === null || t.nodeIds.has(f.nodeId)) &&
      (f.minMs === null || t.durationMs >= f.minMs) &&
      (!f.retries || t.retries > 0) &&
      (!f.deadLetter || t.deadLetter) &&
      (needle === '' || `#${t.traceId}` === needle || hasText(t.traceId, needle)),
  );
}

/** How many traces each status option would show (for the status menu). */
export function statusCounts(traces: readonly TraceSummary[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries(STATUS_FILTERS.map((s) => [s.value, 0])) as Record<StatusFilter, number>;
  for (const t of traces) for (const s of STATUS_FILTERS) if (matchesStatus(t, s.value)) counts[s.value]++;
  return counts;
}
