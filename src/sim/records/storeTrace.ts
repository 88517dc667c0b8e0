import type { SpanBase } from './trace';

/** Spans of streams (Kinesis, DynamoDB Streams) and their event source mappings. */
export type StreamTraceRecord =
  | (SpanBase & {
      type: 'stream.put';
      shardId: string;
      partitionKey: string;
      sequenceNumber: string | null;
      throttled: boolean;
    })
  | (SpanBase & {
      type: 'stream.batch';
      shardId: string;
      /** Parallelization slot within the shard (0 when the factor is 1). */
      slot: number;
      batchSize: number;
      firstSequenceNumber: string;
      lastSequenceNumber: string;
      outcome: 'ok' | 'function-error' | 'partial-failure' | 'throttled';
      retries: number;
    })
  | (SpanBase & {
      type: 'stream.discard';
      condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
      batchSize: number;
      /** The on-failure destination that got the metadata, if any. */
      targetNodeId: string | null;
    });

/** Spans of API Gateway, DynamoDB tables, S3 buckets and external services. */
export type StoreTraceRecord =
  | (SpanBase & {
      type: 'api.request';
      method: string;
      path: string;
      /** The matched route, null when none matched. */
      routeKey: string | null;
      httpStatus: number;
      /** Why the gateway answered as it did: 'integration', 'throttled', 'no-route', 'timeout'... */
      reason: string;
      targetNodeId: string | null;
    })
  | (SpanBase & {
      type: 'table.request';
      operation: string;
      httpStatus: number;
      streamEvent: 'INSERT' | 'MODIFY' | 'REMOVE' | null;
    })
  | (SpanBase & {
      type: 'bucket.request';
      operation: string;
      key: string | null;
      httpStatus: number;
      notified: string[];
    })
  | (SpanBase & { type: 'external.call'; httpStatus: number });
