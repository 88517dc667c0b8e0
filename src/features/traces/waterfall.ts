import type { TraceRecord } from '../../sim';
import { formatMs, plural } from './format';
import { deadLetterOf, isInstant, isRetry } from './spanKinds';

/** A piece of a bar, in percent of the axis. 'wait': before the span (in a queue, a retry delay). */
export interface Segment {
  kind: 'wait' | 'init' | 'run' | 'instant';
  left: number;
  width: number;
  title: string;
}

export interface WaterfallRow {
  span: TraceRecord;
  depth: number;
  /** Its parent span is not among the kept spans, so it is shown at the top level. */
  orphan: boolean;
  segments: Segment[];
  /** Short marks beside the bar: "attempt 2", "cold start 180 ms", "throttled", "→ DLQ". */
  notes: string[];
}

export interface Waterfall {
  /** Virtual ms of the axis' start and its length. */
  t0: number;
  totalMs: number;
  rows: WaterfallRow[];
  ticks: Array<{ at: number; label: string }>;
}

const byStart = (a: TraceRecord, b: TraceRecord) => a.start - b.start || a.spanId - b.spanId;

/** Spans in tree order (a parent, then its children by start), each with its depth. */
export function spanTree(
  spans: readonly TraceRecord[],
): Array<{ span: TraceRecord; depth: number; orphan: boolean }> {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<number, TraceRecord[]>();
  const roots: TraceRecord[] = [];
  for (const s of spans) {
    if (s.parentSpanId !== null && ids.has(s.parentSpanId)) {
      let list = children.get(s.parentSpanId);
      if (!list) children.set(s.parentSpanId, (list = []));
      list.push(s);
    } else roots.push(s);
  }
  const out: Array<{ span: TraceRecord; depth: number; orphan: boolean }> = [];
  const stack = [...roots]
    .sort(byStart)
    .reverse()
    .map((span) => ({ span, depth: 0 }));
  while (stack.length > 0) {
    const { span, depth } = stack.pop()!;
    out.push({ span, depth, orphan: depth === 0 && span.parentSpanId !== null });
    const kids = children.get(span.spanId);
    if (kids) for (const k of [...kids].sort(byStart).reverse()) stack.push({ span: k, depth: depth + 1 });
  }
  return out;
}

/** Lays out a trace's spans on a shared virtual-time axis. `label` names a node. */
export function layoutWaterfall(spans: readonly TraceRecord[], label: (nodeId: string) => string): Waterfall {
  if (spans.length === 0) return { t0: 0, totalMs: 0, rows: [], ticks: [] };
  const t0 = Math.min(...spans.map((s) => s.start));
  const t1 = Math.max(...spans.map((s) => s.end));
  const totalMs = t1 - t0;
  const scale = totalMs > 0 ? 100 / totalMs : 0;
  const pct = (ms: number) => (ms - t0) * scale;
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const rows = spanTree(spans).map(({ span, depth, orphan }): WaterfallRow => {
    const parent = span.parentSpanId === null ? undefined : byId.get(span.parentSpanId);
    const segments: Segment[] = [];
    if (parent && span.start - parent.end > 0.5) {
      const what = parent.type === 'queue.send' ? 'in the queue' : 'waiting';
      segments.push({
        kind: 'wait',
        left: pct(parent.end),
        width: pct(span.start) - pct(parent.end),
        title: `${formatMs(span.start - parent.end)} ${what} after ${label(parent.nodeId)}`,
      });
    }
    if (isInstant(span)) {
      segments.push({ kind: 'instant', left: pct(span.start), width: 0, title: 'instant' });
    } else if (span.type === 'function.invoke' && span.coldStart && span.initMs > 0) {
      const initEnd = Math.min(span.end, span.start + span.initMs);
      segments.push({
        kind: 'init',
        left: pct(span.start),
        width: pct(initEnd) - pct(span.start),
        title: `cold start (INIT) ${formatMs(span.initMs)}`,
      });
      segments.push({
        kind: 'run',
        left: pct(initEnd),
        width: pct(span.end) - pct(initEnd),
        title: `handler ${formatMs(span.durationMs)}`,
      });
    } else {
      segments.push({
        kind: 'run',
        left: pct(span.start),
        width: pct(span.end) - pct(span.start),
        title: formatMs(span.end - span.start),
      });
    }
    return { span, depth, orphan, segments, notes: notesOf(span, label) };
  });
  return { t0, totalMs, rows, ticks: axisTicks(totalMs) };
}

function notesOf(span: TraceRecord, label: (nodeId: string) => string): string[] {
  const notes: string[] = [];
  if (span.attempt > 1 && isRetry(span)) notes.push(`attempt ${span.attempt}`);
  if (span.type === 'queue.remove') notes.push(`after ${plural(span.receiveCount, 'receive')}`);
  if (span.type === 'function.invoke' && span.coldStart) notes.push(`cold start ${formatMs(span.initMs)}`);
  if (span.type === 'function.throttle') notes.push(`throttled (${span.limit})`);
  else if (span.status === 'throttled') notes.push('throttled');
  if (span.status === 'timeout') notes.push('timed out');
  if ((span.type === 'bus.delivery' || span.type === 'topic.delivery') && span.outcome === 'retrying')
    notes.push(span.nextDelayMs === null ? 'will retry' : `retry in ${formatMs(span.nextDelayMs)}`);
  if (span.type === 'client.request' && span.willRetry) notes.push('will retry');
  if (span.type === 'queue.send' && span.redrivenFromNodeId)
    notes.push(`from ${label(span.redrivenFromNodeId)}`);
  const dlq = deadLetterOf(span);
  if (dlq) notes.push(dlq.targetNodeId ? `→ DLQ ${label(dlq.targetNodeId)}` : '→ DLQ');
  return notes;
}

/** About five round ticks (1, 2 or 5 times a power of ten) over [0, totalMs]. */
export function axisTicks(totalMs: number, about = 5): Array<{ at: number; label: string }> {
  if (!(totalMs > 0)) return [{ at: 0, label: '0 ms' }];
  const raw = totalMs / about;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const ticks: Array<{ at: number; label: string }> = [];
  for (let v = 0; v <= totalMs + step * 1e-9; v += step)
    ticks.push({ at: (v / totalMs) * 100, label: tickLabel(v) });
  return ticks;
}

function tickLabel(ms: number): string {
  if (ms === 0) return '0';
  if (ms < 1000) return `${Number(ms.toPrecision(6))} ms`;
  return `${Number((ms / 1000).toPrecision(6))} s`;
}
