import type { MatchFailure } from '../../patterns';
import type { SpanBase } from '../../records/trace';

/** One rule's verdict for one event: the "why did this rule (not) match" answer. */
export interface RuleVerdict {
  rule: string;
  matched: boolean;
  /** Which field and condition of the pattern failed (empty when it matched). */
  failures: MatchFailure[];
  /** Node ids the event was sent to for this rule. */
  targets: string[];
  /** Set when the rule cannot match (disabled, invalid pattern). */
  skipped: string | null;
}

export interface PutEventVerdict {
  eventId: string;
  source: string;
  detailType: string;
  archived: boolean;
  rules: RuleVerdict[];
}

/** Trace records of an event bus (EventBridge). */
export type BusTraceRecord =
  | (SpanBase & {
      type: 'bus.put';
      events: PutEventVerdict[];
      failedEntries: Array<{ code: string; message: string }>;
      /** Set when a replay of the archive sent these events. */
      replayName: string | null;
    })
  | (SpanBase & {
      type: 'bus.delivery';
      eventId: string;
      rule: string;
      targetNodeId: string;
      /** A failed attempt: retried later, sent to the target's DLQ, or dropped. */
      outcome: 'retrying' | 'dead-letter' | 'discarded';
      httpStatus: number;
      errorCode: string;
      retryAttempts: number;
      nextDelayMs: number | null;
    });
