import type { MatchFailure } from '../../patterns';
import type { SpanBase } from '../../records/trace';

export type SnsProtocol = 'sqs' | 'lambda' | 'http';

/** One subscription's verdict for one published message: the "why (not)" answer. */
export interface SubscriptionVerdict {
  edgeId: string;
  targetNodeId: string;
  protocol: SnsProtocol;
  matched: boolean;
  /** Which field and condition of the filter policy failed (empty when it matched). */
  failures: MatchFailure[];
  /** Set when the subscription cannot receive at all (invalid filter policy, protocol not allowed). */
  skipped: string | null;
}

/** Trace records of a topic (SNS). */
export type TopicTraceRecord =
  | (SpanBase & {
      type: 'topic.publish';
      messageId: string;
      outcome: 'published' | 'deduplicated' | 'rejected';
      groupId: string | null;
      subscriptions: SubscriptionVerdict[];
    })
  | (SpanBase & {
      type: 'topic.delivery';
      messageId: string;
      edgeId: string;
      targetNodeId: string;
      protocol: SnsProtocol;
      /** A failed attempt: retried later, sent to the subscription's DLQ, or dropped. */
      outcome: 'retrying' | 'dead-letter' | 'discarded';
      httpStatus: number;
      nextDelayMs: number | null;
      deadLetterNodeId: string | null;
    });
