import type { SdkCall } from '../runner';
import type { NodeKind } from '../../model';
import type { QueueTraceRecord } from '../nodes/queue/records';
import type { TopicTraceRecord } from '../nodes/topic/records';
import type { BusTraceRecord } from '../nodes/bus/records';
import type { StoreTraceRecord, StreamTraceRecord } from './storeTrace';

/** An error as Lambda reports it (errorType, errorMessage, stack trace). */
export interface ErrorInfo {
  type: string;
  message: string;
  stack?: string;
}

export type SpanStatus = 'ok' | 'error' | 'timeout' | 'throttled' | 'rejected' | 'crash' | 'not-simulated';

/** What every span has: one hop of one trace (a trace follows one producer event). */
export interface SpanBase {
  spanId: number;
  traceId: number;
  parentSpanId: number | null;
  nodeId: string;
  kind: NodeKind;
  /** Virtual ms since the start of the run. */
  start: number;
  end: number;
  status: SpanStatus;
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
  /** JSON of the payload, cut to PAYLOAD_PREVIEW_CHARS. */
  payload: string | null;
  logs: string[];
  error: ErrorInfo | null;
}

export type ThrottleLimit = 'reserved' | 'account' | 'scaling-rate';

/** Trace records: a stable `type` per hop kind. Routers add their members here. */
export type TraceRecord =
  | (SpanBase & { type: 'client.request'; httpStatus: number; timedOut: boolean; willRetry: boolean })
  | (SpanBase & { type: 'schedule.fire'; scheduledTime: string })
  | (SpanBase & { type: 'source.emit'; label: string; byHand: boolean })
  | (SpanBase & {
      type: 'function.invoke';
      invocationType: InvocationType;
      requestId: string;
      environmentId: number;
      coldStart: boolean;
      initMs: number;
      durationMs: number;
      billedMs: number;
      /** AWS SDK calls the handler made, in order (service, operation, resource, status, ms). */
      sdkCalls: SdkCall[];
    })
  | (SpanBase & {
      type: 'function.throttle';
      invocationType: InvocationType;
      limit: ThrottleLimit;
      reason: string;
    })
  | (SpanBase & {
      type: 'function.async-result';
      /** Where the event went after its last attempt: a destination, the DLQ, or nowhere. */
      outcome: 'success-destination' | 'failure-destination' | 'dead-letter' | 'discarded';
      targetNodeId: string | null;
      condition: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'Throttled';
    })
  | QueueTraceRecord
  | TopicTraceRecord
  | BusTraceRecord
  | (SpanBase & { type: 'node.unsimulated' })
  | StreamTraceRecord
  | StoreTraceRecord;

export type InvocationType = 'RequestResponse' | 'Event';
export type TraceRecordType = TraceRecord['type'];

export const PAYLOAD_PREVIEW_CHARS = 512;

/** A payload as a short JSON preview for a span. */
export function previewPayload(value: unknown): string | null {
  if (value === undefined) return null;
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  } catch {
    text = String(value);
  }
  return text.length > PAYLOAD_PREVIEW_CHARS ? `${text.slice(0, PAYLOAD_PREVIEW_CHARS - 1)}…` : text;
}
