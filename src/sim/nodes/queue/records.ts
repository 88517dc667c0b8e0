import type { SpanBase } from '../../records/trace';

export type QueueReceiveOutcome =
  'deleted' | 'function-error' | 'item-failure' | 'invalid-response' | 'throttled' | 'invoke-failed';

/** Trace records of a queue (SQS) and its Lambda event source mapping. */
export type QueueTraceRecord =
  | (SpanBase & {
      type: 'queue.send';
      messageId: string;
      /** 'deduplicated': a FIFO queue had this deduplication id in the last 5 minutes. */
      outcome: 'accepted' | 'deduplicated' | 'rejected';
      delayMs: number;
      groupId: string | null;
      /** Set when another queue's redrive policy moved the message here. */
      redrivenFromNodeId: string | null;
    })
  | (SpanBase & {
      type: 'queue.receive';
      messageId: string;
      receiveCount: number;
      batchSize: number;
      consumerNodeId: string;
      /** What happened to this message after the batch's invocation. */
      outcome: QueueReceiveOutcome;
      invocationSpanId: number | null;
    })
  | (SpanBase & {
      type: 'queue.remove';
      messageId: string;
      reason: 'moved-to-dlq' | 'retention-expired';
      receiveCount: number;
      targetNodeId: string | null;
    });
