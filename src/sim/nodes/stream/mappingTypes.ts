import type { EdgeSettingsOf } from '../../../model';
import type { ShardLog, StreamRecord } from './shardLog';

export type StreamMappingSettings = EdgeSettingsOf<'streamMapping'>;

/** What a stream-like node (Kinesis stream, DynamoDB table stream) offers its event source mappings. */
export interface MappingSource {
  shards: ShardLog[];
  /** How long records stay readable, ms. */
  retentionMs: number;
  sourceArn: string;
  /** Key of the batch metadata in on-failure records. */
  batchInfoKey: 'KinesisBatchInfo' | 'DDBStreamBatchInfo';
  /** ARN field name inside that metadata. */
  arnField: 'streamArn';
  shardId(index: number): string;
  /** The event Lambda receives for one batch of one shard. */
  buildEvent(records: StreamRecord[], functionArn: string): unknown;
}

/** One batch in flight or waiting to be retried (a bisected half is its own batch). */
export interface Batch {
  records: StreamRecord[];
  /** Retries spent (splits do not count, throttles do not count). */
  retries: number;
  /** Invocations tried, throttled ones included (approximateInvokeCount). */
  invokes: number;
  lastResponse: { statusCode: number; functionError?: string };
}

/** One poller: a shard, or one of its parallelization slots. */
export interface Reader {
  owner: { onPoll(reader: Reader, token: number): void };
  shard: ShardLog;
  slot: number;
  /** Next offset to look at. */
  cursor: number;
  /** Records of this slot appended and not yet taken. */
  pending: number;
  busy: boolean;
  /** Virtual ms of the scheduled poll, -1 when none. */
  pollAt: number;
  /** Ignores polls scheduled before the latest one. */
  token: number;
  windowStart: number | null;
  /** Batches to run before reading further (halves of a bisected batch, a partial retry). */
  queued: Batch[];
  /** Poll ticks fall at phase + k seconds. */
  phase: number;
}
