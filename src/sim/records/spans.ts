import { mix32 } from '../core/random';
import type { TraceRecord } from './trace';

export interface SpanStoreOptions {
  /** Spans kept at most (errors have their own quarter of it). */
  capacity: number;
  /** Share of traces whose successful spans are kept (whole traces, chosen by trace id). */
  sampleRate: number;
}

export interface SpanStats {
  /** Spans the run produced. */
  seen: number;
  kept: number;
  /** Left out by sampling. */
  sampledOut: number;
  /** Kept once, then pushed out by newer spans when the store was full. */
  evicted: number;
  sampleRate: number;
}

/**
 * Bounded span store. Error spans are always offered a place; others are sampled per trace,
 * so a sampled trace is complete. When a ring is full the oldest span goes and is counted.
 */
export class SpanStore {
  private ok: Ring;
  private errors: Ring;
  private threshold: number;
  private stats: SpanStats;

  constructor(options: SpanStoreOptions) {
    const errorCap = Math.max(1, Math.floor(options.capacity / 4));
    this.ok = new Ring(Math.max(1, options.capacity - errorCap));
    this.errors = new Ring(errorCap);
    this.threshold = Math.min(1, Math.max(0, options.sampleRate)) * 4294967296;
    this.stats = { seen: 0, kept: 0, sampledOut: 0, evicted: 0, sampleRate: options.sampleRate };
  }

  /** Whether a span of this trace would be kept: build the record only when true. */
  wants(traceId: number, isError: boolean): boolean {
    if (isError || mix32(traceId) < this.threshold) return true;
    this.stats.seen++;
    this.stats.sampledOut++;
    return false;
  }

  add(record: TraceRecord): void {
    this.stats.seen++;
    this.stats.kept++;
    const ring = record.status === 'ok' ? this.ok : this.errors;
    if (ring.push(record)) {
      this.stats.kept--;
      this.stats.evicted++;
    }
  }

  /** Kept spans ordered by (end, spanId): the order they completed in. */
  records(): TraceRecord[] {
    const all = [...this.ok.items(), ...this.errors.items()];
    return all.sort((a, b) => a.end - b.end || a.spanId - b.spanId);
  }

  summary(): SpanStats {
    return { ...this.stats };
  }
}

class Ring {
  private buf: TraceRecord[] = [];
  private head = 0;
  constructor(private readonly capacity: number) {}

  /** True when an older record was pushed out. */
  push(r: TraceRecord): boolean {
    if (this.buf.length < this.capacity) {
      this.buf.push(r);
      return false;
    }
    this.buf[this.head] = r;
    this.head = (this.head + 1) % this.capacity;
    return true;
  }

  items(): TraceRecord[] {
    return [...this.buf.slice(this.head), ...this.buf.slice(0, this.head)];
  }
}
