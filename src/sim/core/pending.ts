import { EventQueue } from './heap';

/**
 * Invocations handed to an external runner and not yet answered. Each holds the earliest
 * (time, seq) its completion can have; the engine must not pass the smallest of them.
 */
export class PendingInvocations {
  private heap = new EventQueue(64);
  private waiting = new Map<
    number,
    { seq: number; onResult: (time: number) => void; answer: (r: unknown) => number }
  >();
  private nextId = 0;
  private byRequest = new Map<string, number>();

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
    const id = this.nextId++;
    this.waiting.set(id, { seq, onResult, answer });
    this.byRequest.set(requestId, id);
    this.heap.push(lowerBoundMs, seq, 0, 0, id);
  }

  /** Resolves an invocation; false if the request id is unknown or already answered. */
  resolve(requestId: string, result: unknown): boolean {
    const id = this.byRequest.get(requestId);
    if (id === undefined) return false;
    const w = this.waiting.get(id)!;
    this.byRequest.delete(requestId);
    this.waiting.delete(id);
    w.onResult(w.answer(result));
    return true;
  }

  /** True when an event at (time, seq) may run: it comes before every unanswered bound. */
  allows(time: number, seq: number): boolean {
    const h = this.heap;
    while (h.size > 0 && !this.waiting.has(h.peekArg())) h.pop(); // answered: drop lazily
    if (h.size === 0) return true;
    const bt = h.peekTime();
    return time < bt || (time === bt && seq < h.peekSeq());
  }
}
