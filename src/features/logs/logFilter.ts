import type { LogEntry, LogLevel } from './logEntry';

/** The level checkboxes: DEBUG covers TRACE too; PLATFORM is START / END / REPORT / INIT_REPORT. */
export type LevelGroup = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'PLATFORM';
export const LEVEL_GROUPS: readonly LevelGroup[] = ['ERROR', 'WARN', 'INFO', 'DEBUG', 'PLATFORM'];

export function levelGroup(level: LogLevel): LevelGroup {
  return level === 'TRACE' ? 'DEBUG' : level;
}

export interface LogFilter {
  /** One function's lines, or every function's (null). */
  nodeId: string | null;
  /** Case-insensitive substring of the line as written (so a request id finds its lines too). */
  text: string;
  levels: ReadonlySet<LevelGroup>;
}

export const ALL_LEVELS: ReadonlySet<LevelGroup> = new Set(LEVEL_GROUPS);

/** A test for one entry; built once per filter. */
export function matcher(filter: LogFilter): (e: LogEntry) => boolean {
  const needle = filter.text.trim().toLowerCase();
  const { nodeId, levels } = filter;
  const allLevels = LEVEL_GROUPS.every((g) => levels.has(g));
  return (e) => {
    if (nodeId !== null && e.nodeId !== nodeId) return false;
    if (!allLevels && !levels.has(levelGroup(e.level))) return false;
    if (needle === '') return true;
    return (e.lower ??= e.raw.toLowerCase()).includes(needle);
  };
}

/** What a view reads from: the buffer's held lines by seq. */
export interface SeqSource {
  readonly firstSeq: number;
  readonly nextSeq: number;
  get(seq: number): LogEntry | undefined;
}

/**
 * The seqs of the lines that pass one filter, kept up to date incrementally: new lines are
 * tested once, lines the buffer dropped leave from the front. A new filter means a new view.
 */
export class FilteredView {
  private seqs: number[] = [];
  private head = 0;
  private scanned = 0;
  private readonly test: (e: LogEntry) => boolean;

  constructor(readonly filter: LogFilter) {
    this.test = matcher(filter);
  }

  get size(): number {
    return this.seqs.length - this.head;
  }

  /** Seq of the i-th matching line (0 = oldest held). */
  seqAt(i: number): number | undefined {
    return i >= 0 && i < this.size ? this.seqs[this.head + i] : undefined;
  }

  /** Index of the first matching line whose seq is >= seq (size when none). */
  indexOfSeq(seq: number): number {
    let lo = this.head;
    let hi = this.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.seqs[mid]! < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo - this.head;
  }

  /** Catches up with the source; returns whether the view changed. */
  sync(source: SeqSource): boolean {
    let changed = false;
    const drop = this.indexOfSeq(source.firstSeq);
    if (drop > 0) {
      this.head += drop;
      changed = true;
    }
    for (let seq = Math.max(this.scanned, source.firstSeq); seq < source.nextSeq; seq++) {
      const e = source.get(seq);
      if (e && this.test(e)) {
        this.seqs.push(seq);
        changed = true;
      }
    }
    this.scanned = source.nextSeq;
    if (this.head > 4096 && this.head * 2 > this.seqs.length) {
      this.seqs = this.seqs.slice(this.head);
      this.head = 0;
    }
    return changed;
  }
}
