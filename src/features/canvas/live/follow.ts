import type { TraceRecord } from '../../../sim';

/** The store's followTraceId while waiting for the next event to start: the camera takes the first new trace. */
export const FOLLOW_NEXT = -1;

/** The highest trace id among `spans` (0 when none). */
export function maxTraceId(spans: readonly TraceRecord[]): number {
  let max = 0;
  for (const s of spans) if (s.traceId > max) max = s.traceId;
  return max;
}

/** The first span of a trace newer than `after` (the next event to follow), or null. */
export function firstNewTrace(spans: readonly TraceRecord[], after: number): number | null {
  for (const s of spans) if (s.traceId > after) return s.traceId;
  return null;
}

/** Where the followed event is now: the node of its latest-ending span among `spans`, or null. */
export function latestNodeOf(spans: readonly TraceRecord[], traceId: number): string | null {
  let best: TraceRecord | null = null;
  for (const s of spans) if (s.traceId === traceId && (!best || s.end >= best.end)) best = s;
  return best?.nodeId ?? null;
}
