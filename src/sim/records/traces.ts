/**
 * End-to-end latency of producer events that do not wait for an answer (schedules,
 * sources): a trace stays open while any hop it caused is open, and its latency is the
 * time from the producer event to the end of its last hop.
 */
export class TraceTracker {
  private open_ = new Map<number, { origin: number; start: number; open: number }>();
  constructor(private readonly onDone: (origin: number, t: number, latency: number) => void) {}

  /** Starts tracking a trace; its first hop counts as open until the producer closes it. */
  start(traceId: number, origin: number, t: number): void {
    this.open_.set(traceId, { origin, start: t, open: 1 });
  }

  open(traceId: number): void {
    const e = this.open_.get(traceId);
    if (e) e.open++;
  }

  close(traceId: number, t: number): void {
    const e = this.open_.get(traceId);
    if (!e || --e.open > 0) return;
    this.open_.delete(traceId);
    this.onDone(e.origin, t, t - e.start);
  }

  /** Traces still open (at the end of the run). */
  get size(): number {
    return this.open_.size;
  }
}
