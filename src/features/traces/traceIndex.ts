import type { TraceRecord } from '../../sim';
import { summarizeTrace, type TraceSummary } from './traceSummary';

/** What the index reads: the live span ring (src/lib/ring.ts), oldest first. */
export interface SpanSource {
  readonly written: number;
  readonly size: number;
  since(cursor: number): TraceRecord[];
}

interface Group {
  spans: TraceRecord[];
  summary: TraceSummary | null;
  /** Lower-cased payloads and error texts, built when a search first needs them. */
  text: string | null;
  /** The last search's answer for this trace, until its spans change. */
  match: { needle: string; hit: boolean } | null;
}

/** What the panel draws from: traces oldest first and the spans of any of them. */
export interface TraceView {
  version: number;
  traces: readonly TraceSummary[];
  /** Spans held now, and spans pushed out of the ring to make room. */
  spansHeld: number;
  spansDropped: number;
  spansOf(traceId: number): TraceRecord[];
  /** The trace a span belongs to, while the span is held. */
  traceOfSpan(spanId: number): number | null;
  /** Whether a trace's payloads, error types or messages contain `needle` (lower-case). */
  hasText(traceId: number, needle: string): boolean;
}

/**
 * Groups a span ring by trace, incrementally: each update reads only the spans pushed since
 * the last one and forgets those the ring pushed out, so a busy run costs little per frame.
 */
export class TraceIndex {
  private groups = new Map<number, Group>();
  private spanTrace = new Map<number, number>();
  /** The spans held, in the ring's order (oldest first from `head`). */
  private mirror: TraceRecord[] = [];
  private head = 0;
  private cursor = 0;
  private sorted: TraceSummary[] = [];
  private dirty = new Set<number>();
  private version = 0;
  private dropped = 0;
  private lastView: TraceView | null = null;

  /** Reads what the ring gained (and lost) since the last call; returns true when anything changed. */
  update(ring: SpanSource): boolean {
    if (ring.written < this.cursor)
      throw new Error('the span ring was cleared: use a new TraceIndex per run');
    if (ring.written === this.cursor) return false;
    for (const span of ring.since(this.cursor)) this.add(span);
    this.dropped = Math.max(0, ring.written - ring.size);
    this.cursor = ring.written;
    while (this.mirror.length - this.head > ring.size) this.evict(this.mirror[this.head++]!);
    if (this.head > 4096 && this.head * 2 > this.mirror.length) {
      this.mirror = this.mirror.slice(this.head);
      this.head = 0;
    }
    this.refresh();
    this.version++;
    return true;
  }

  /** The traces now; the same object until an update changed something. */
  view(): TraceView {
    if (this.lastView?.version === this.version) return this.lastView;
    return (this.lastView = {
      version: this.version,
      traces: this.sorted.slice(),
      spansHeld: this.mirror.length - this.head,
      spansDropped: this.dropped,
      spansOf: (traceId) => this.groups.get(traceId)?.spans.slice() ?? [],
      traceOfSpan: (spanId) => this.spanTrace.get(spanId) ?? null,
      hasText: (traceId, needle) => this.hasText(traceId, needle),
    });
  }

  private add(span: TraceRecord): void {
    this.mirror.push(span);
    this.spanTrace.set(span.spanId, span.traceId);
    let g = this.groups.get(span.traceId);
    if (!g) this.groups.set(span.traceId, (g = { spans: [], summary: null, text: null, match: null }));
    g.spans.push(span);
    g.text = null;
    g.match = null;
    this.dirty.add(span.traceId);
  }

  private evict(span: TraceRecord): void {
    this.spanTrace.delete(span.spanId);
    const g = this.groups.get(span.traceId);
    if (!g) return;
    // The ring drops the oldest span, which is also the oldest of its trace here.
    const i = g.spans[0] === span ? 0 : g.spans.indexOf(span);
    if (i >= 0) g.spans.splice(i, 1);
    g.text = null;
    g.match = null;
    this.dirty.add(span.traceId);
  }

  private refresh(): void {
    if (this.dirty.size === 0) return;
    let removed = false;
    for (const id of this.dirty) {
      const g = this.groups.get(id)!;
      if (g.spans.length === 0) {
        this.groups.delete(id);
        removed = true;
        continue;
      }
      const isNew = g.summary === null;
      g.summary = summarizeTrace(g.spans);
      if (isNew) this.sorted.push(g.summary);
    }
    this.dirty.clear();
    const list = removed ? this.sorted.filter((t) => this.groups.has(t.traceId)) : this.sorted;
    // Keep the list's objects current, then order it by start (almost always in order already).
    for (let i = 0; i < list.length; i++) list[i] = this.groups.get(list[i]!.traceId)!.summary!;
    if (!isOrdered(list)) list.sort(byStart);
    this.sorted = list;
  }

  private hasText(traceId: number, needle: string): boolean {
    const g = this.groups.get(traceId);
    if (!g) return false;
    if (g.match?.needle === needle) return g.match.hit;
    if (g.text === null) {
      // A message keeps its payload from hop to hop: each distinct text once.
      const parts = new Set<string>();
      for (const s of g.spans) {
        if (s.payload) parts.add(s.payload);
        if (s.error) parts.add(`${s.error.type}: ${s.error.message}`);
      }
      g.text = [...parts].join('\n').toLowerCase();
    }
    g.match = { needle, hit: g.text.includes(needle) };
    return g.match.hit;
  }
}

const byStart = (a: TraceSummary, b: TraceSummary) => a.start - b.start || a.traceId - b.traceId;

function isOrdered(list: TraceSummary[]): boolean {
  for (let i = 1; i < list.length; i++) if (byStart(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}
