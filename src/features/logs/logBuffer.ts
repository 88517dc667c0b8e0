import type { InvokeSpan } from '../../runtime/run';
import { flattenSpan, type LogEntry } from './logEntry';

/** What the buffer reads from a live run: its ring of invocations and the lines that ring dropped. */
export interface LogSource {
  logs: { readonly written: number; readonly size: number; since(cursor: number): InvokeSpan[] };
  droppedLogLines: number;
}

/** Most lines the panel holds: older invocations go first, whole, and are counted as dropped. */
export const MAX_LINES = 150_000;

/**
 * The run's log lines, flattened incrementally from the live ring of invocations. It holds a
 * suffix of the log (whole invocations): lines whose invocation left the ring, and the oldest
 * lines past `maxLines`, are dropped and counted.
 */
export class LogBuffer {
  private items: LogEntry[] = [];
  private head = 0;
  /** `written` of the ring when last read. */
  private cursor = 0;
  /** Invocations read and still held: ring ordinal and line count, oldest first. */
  private held: Array<{ ordinal: number; lines: number }> = [];
  private heldHead = 0;
  /** Invocations read and still in the ring (their lines are in the ring's dropped count once it drops them). */
  private inRing: Array<{ ordinal: number; lines: number }> = [];
  private inRingHead = 0;
  private readDroppedByRing = 0;
  private trimmedRead = 0;
  private ringDroppedLines = 0;
  nextSeq = 0;

  constructor(
    readonly startEpochMs: number,
    readonly maxLines = MAX_LINES,
  ) {}

  /** Lines held. */
  get size(): number {
    return this.items.length - this.head;
  }

  /** Seq of the oldest line held (equals nextSeq when empty). */
  get firstSeq(): number {
    return this.size > 0 ? this.items[this.head]!.seq : this.nextSeq;
  }

  /**
   * Lines the run logged that are not here: those of invocations the ring dropped before they
   * were read, plus those read and trimmed since (by the ring or by maxLines).
   */
  get dropped(): number {
    return this.ringDroppedLines - this.readDroppedByRing + this.trimmedRead;
  }

  /** The line with this seq, if held. */
  get(seq: number): LogEntry | undefined {
    const i = seq - this.firstSeq;
    return i >= 0 && i < this.size ? this.items[this.head + i] : undefined;
  }

  /** Reads what the ring got since last time; returns whether anything changed. */
  sync(source: LogSource): boolean {
    const ring = source.logs;
    const fresh = ring.since(this.cursor);
    const changed = ring.written !== this.cursor || source.droppedLogLines !== this.ringDroppedLines;
    let ordinal = ring.written - fresh.length;
    this.cursor = ring.written;
    this.ringDroppedLines = source.droppedLogLines;
    for (const span of fresh) {
      const lines = flattenSpan(span, this.nextSeq, this.startEpochMs);
      for (const line of lines) this.items.push(line);
      this.nextSeq += lines.length;
      this.held.push({ ordinal, lines: lines.length });
      this.inRing.push({ ordinal, lines: lines.length });
      ordinal++;
    }
    const oldestInRing = ring.written - ring.size;
    while (this.inRingHead < this.inRing.length && this.inRing[this.inRingHead]!.ordinal < oldestInRing)
      this.readDroppedByRing += this.inRing[this.inRingHead++]!.lines;
    while (this.heldHead < this.held.length) {
      const first = this.held[this.heldHead]!;
      if (first.ordinal >= oldestInRing && this.size <= this.maxLines) break;
      this.head += first.lines;
      this.heldHead++;
      this.trimmedRead += first.lines;
    }
    this.compact();
    return changed;
  }

  private compact(): void {
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.heldHead > 4096 && this.heldHead * 2 > this.held.length) {
      this.held = this.held.slice(this.heldHead);
      this.heldHead = 0;
    }
    if (this.inRingHead > 4096 && this.inRingHead * 2 > this.inRing.length) {
      this.inRing = this.inRing.slice(this.inRingHead);
      this.inRingHead = 0;
    }
  }
}
