import type { NodeOfKind } from '../../../model';
import { hashString } from '../../core/random';
import type { NodeContext } from '../../core/types';
import { dynamodbEvent, dynamodbSequenceNumber, dynamodbStreamRecord } from '../../events/dynamodb';
import { EventSourceMapping } from '../stream/mapping';
import type { MappingSource } from '../stream/mappingTypes';
import { ShardLog } from '../stream/shardLog';
import type { Change } from './store';

/** DynamoDB Streams keeps records for 24 hours. */
const RETENTION_MS = 24 * 3_600_000;

/**
 * A table's stream: one shard (DynamoDB has one per partition; a simulated table is one
 * partition), its records in the view type's shape, read by the mappings on its edges.
 */
export class TableStream {
  private readonly shard = new ShardLog(0);
  private readonly mappings: EventSourceMapping[];
  private n = 0;
  private readonly arn: string;

  constructor(
    private readonly ctx: NodeContext,
    private readonly viewType: NonNullable<NodeOfKind<'table'>['settings']['streamViewType']>,
  ) {
    const label = new Date(ctx.startEpochMs).toISOString().slice(0, -1);
    // Shaped like DynamoDB Streams shard ids: shardId-<creation ms>-<8 hex>.
    const shardId = `shardId-${String(ctx.startEpochMs).padStart(20, '0')}-${(hashString(ctx.node.id) >>> 0).toString(16).padStart(8, '0')}`;
    this.arn = `arn:aws:dynamodb:${ctx.run.region}:${ctx.run.accountId}:table/${ctx.node.id}/stream/${label}`;
    const source: MappingSource = {
      shards: [this.shard],
      retentionMs: RETENTION_MS,
      sourceArn: this.arn,
      batchInfoKey: 'DDBStreamBatchInfo',
      arnField: 'streamArn',
      shardId: () => shardId,
      buildEvent: (records) => dynamodbEvent(records.map((r) => r.body)),
    };
    this.mappings = ctx.outEdges('streamMapping').map((out) => new EventSourceMapping(ctx, out, source));
  }

  /** Appends the record of a change; returns its sequence number. */
  append(change: Change, traceId: number, originIndex: number, spanId: number): string {
    const ctx = this.ctx;
    const now = ctx.now();
    const sequenceNumber = dynamodbSequenceNumber(++this.n);
    const eventId = ctx.random.uuid().replace(/-/g, '');
    const body = dynamodbStreamRecord(change, {
      viewType: this.viewType,
      sequenceNumber,
      eventId,
      region: ctx.run.region,
      streamArn: this.arn,
      epochMs: ctx.startEpochMs + now,
    });
    const size = (body.dynamodb as { SizeBytes: number }).SizeBytes;
    const rec = this.shard.append({
      sequenceNumber,
      partitionKey: JSON.stringify(change.keys),
      arrival: now,
      size,
      body,
      traceId,
      originIndex,
      spanId,
    });
    for (const m of this.mappings) m.notify(rec);
    if (this.shard.readers.length === 0) this.shard.compact();
    return sequenceNumber;
  }
}
