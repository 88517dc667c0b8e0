import { EventQueue } from './heap';

interface Waiting {
  seq: number;
  onResult: (time: number) => void;
  answer: (r: unknown) => number;
  /** The heap token of the bound in force; -1 while the invocation waits on the core (SDK call). */
  token: number;
}

/**
 * Invocations handed to an external runner and not yet answered. Each holds the earliest
 * (time, seq) its next action can have (completion or an SDK call); the engine must not
 * pass the smallest of them. While an invocation waits for the core itself (its SDK calls
 * are queued as SimEvents) its bound is lifted, and raised again when an answer leaves.
 */
export class PendingInvocations {
  private heap = new EventQueue(64);
  private waiting = new Map<string, Waiting>();
  private live = new Set<number>();
  private nextToken = 0;

  get size(): number {
    return this.waiting.size;
  }

  /** Registers an invocation; `answer` turns a result into its completion time. */
  add(
    requestId: string,
    lowerBoundMs: number,
    seq: number,
    answer: (r: unknown) => number,
    onResult: (time: number) => void,
  ): void {
    const w: Waiting = { seq, onResult, answer, token: -1 };
    this.waiting.set(requestId, w);
    this.bind(w, lowerBoundMs);
  }

  /** The sequence number the invocation took when it started (its SimEvents keep it). */
  seqOf(requestId: string): number | undefined {
    return this.waiting.get(requestId)?.seq;
  }

  /** The runner holds the invocation again: nothing it does next comes before `lowerBoundMs`. */
  raise(requestId: string, lowerBoundMs: number): void {
    const w = this.waiting.get(requestId);
    if (w) this.bind(w, lowerBoundMs);
  }

  /** The invocation waits on the core (its calls are queued): it no longer holds time back. */
  lift(requestId: string): boolean {
    const w = this.waiting.get(requestId);
    if (!w) return false;
    this.live.delete(w.token);
    w.token = -1;
    return true;
  }

  /** True while the invocation waits on the core (its bound is lifted). */
  isLifted(requestId: string): boolean {
    return this.waiting.get(requestId)?.token === -1;
  }

  /** Resolves an invocation; false if the request id is unknown or already answered. */
  resolve(requestId: string, result: unknown): boolean {
    const w = this.waiting.get(requestId);
    if (w === undefined) return false;
    this.waiting.delete(requestId);
    this.live.delete(w.token);
    w.onResult(w.answer(result));
    return true;
  }

  /** True when an event at (time, seq) may run: it comes before every unanswered bound. */
  allows(time: number, seq: number): boolean {
    const h = this.heap;
    while (h.size > 0 && !this.live.has(h.peekArg())) h.pop(); // answered or moved: drop lazily
    if (h.size === 0) return true;
    const bt = h.peekTime();
    return time < bt || (time === bt && seq < h.peekSeq());
  }

  private bind(w: Waiting, lowerBoundMs: number): void {
    this.live.delete(w.token);
    w.token = this.nextToken++;
    this.live.add(w.token);
    this.heap.push(lowerBoundMs, w.seq, 0, 0, w.token);
  }
}
