import type { SpanStatus, TraceRecord } from '../../sim';

/** Worse statuses rank higher: a trace shows the worst status among its spans. */
export const STATUS_RANK: Record<SpanStatus, number> = {
  ok: 0,
  'not-simulated': 1,
  rejected: 2,
  throttled: 3,
  error: 4,
  timeout: 5,
  crash: 6,
};

export const STATUS_LABEL: Record<SpanStatus, string> = {
  ok: 'OK',
  'not-simulated': 'not simulated',
  rejected: 'rejected',
  throttled: 'throttled',
  error: 'error',
  timeout: 'timeout',
  crash: 'crashed',
};

export function worseStatus(a: SpanStatus, b: SpanStatus): SpanStatus {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

/**
 * Where a span sent its message to a dead-letter queue: Lambda's async DLQ, an SQS redrive
 * (the message left for the DLQ), or an SNS / EventBridge target's DLQ. Null when it did not.
 */
export function deadLetterOf(span: TraceRecord): { targetNodeId: string | null } | null {
  switch (span.type) {
    case 'function.async-result':
      return span.outcome === 'dead-letter' ? { targetNodeId: span.targetNodeId } : null;
    case 'queue.remove':
      return span.reason === 'moved-to-dlq' ? { targetNodeId: span.targetNodeId } : null;
    case 'topic.delivery':
      return span.outcome === 'dead-letter' ? { targetNodeId: span.deadLetterNodeId } : null;
    case 'bus.delivery':
      return span.outcome === 'dead-letter' ? { targetNodeId: null } : null;
    default:
      return null;
  }
}

/** A retry attempt: a span past its first attempt (a Lambda retry, an SQS receive after the first, a redelivery). */
export function isRetry(span: TraceRecord): boolean {
  // A removal's attempt is the receive count that removed it, not a try of its own.
  if (span.type === 'queue.remove') return false;
  return span.attempt > 1 || (span.type === 'stream.batch' && span.retries > 0);
}

/** Hops that take no time (a send, a throttle, a publish): drawn as a mark, not a bar. */
export function isInstant(span: TraceRecord): boolean {
  return span.end - span.start < 1e-6;
}

/** The function whose handler file a span's stack frames point into, if any. */
export function codeNodeOf(span: TraceRecord): string | null {
  if (span.type === 'queue.receive') return span.consumerNodeId;
  return span.kind === 'function' ? span.nodeId : null;
}

/** A short name for the span type, as the waterfall shows it beside the node. */
export function typeLabel(span: TraceRecord): string {
  switch (span.type) {
    case 'function.invoke':
      return span.invocationType === 'Event' ? 'invoke (async)' : 'invoke';
    case 'function.async-result':
      return `async ${span.outcome}`;
    default: {
      const dot = span.type.indexOf('.');
      return dot < 0 ? span.type : span.type.slice(dot + 1);
    }
  }
}
