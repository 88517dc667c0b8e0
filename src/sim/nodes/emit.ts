import type { NodeContext } from '../core/types';

/**
 * Sends one producer event to every connected target as an asynchronous delivery (what
 * Scheduler and PutEvents-style sources do), inside a new trace. Returns the trace id.
 */
export function emitToTargets(ctx: NodeContext, spanId: number, payload: unknown): number {
  const traceId = ctx.newTrace();
  ctx.traceStart(traceId, ctx.index);
  for (const out of ctx.outEdges('invoke')) {
    ctx.send(out, { traceId, parentSpanId: spanId, originIndex: ctx.index, payload: { get: () => payload } });
  }
  ctx.traceClose(traceId);
  return traceId;
}
