import type { NodeContext } from '../../core/types';
import { kafkaEvent } from '../../events/kafka';
import { executionRoleArn, kinesisEvent, kinesisSequenceNumber } from '../../events/kinesis';
import type { MappingSource } from './mappingTypes';
import type { ShardLog } from './shardLog';
import { shardIdOf } from './shards';

export type StreamSource = MappingSource & { sequenceNumber(shard: number, offset: number): string };

/** How a Kinesis stream (or a Kafka topic) presents its shards and events to its mappings. */
export function streamSource(
  ctx: NodeContext,
  shards: ShardLog[],
  retentionMs: number,
  kafka: boolean,
): StreamSource {
  const { region, accountId } = ctx.run;
  const name = ctx.node.id;
  const epoch = ctx.startEpochMs;
  if (kafka) {
    const clusterArn = `arn:aws:kafka:${region}:${accountId}:cluster/${name}/00000000-0000-0000-0000-000000000000-1`;
    const servers = `b-1.${name}.kafka.${region}.amazonaws.com:9092`;
    return {
      shards,
      retentionMs,
      sourceArn: clusterArn,
      batchInfoKey: 'KinesisBatchInfo',
      arnField: 'streamArn',
      shardId: (i) => `${name}-${i}`,
      sequenceNumber: (_shard, offset) => String(offset),
      buildEvent: (records) =>
        kafkaEvent(
          records.map((r) => ({
            topic: name,
            partition: r.shard,
            offset: r.offset,
            timestampEpochMs: epoch + r.arrival,
            key: r.partitionKey,
            value: r.body as string,
          })),
          clusterArn,
          servers,
        ),
    };
  }
  const streamArn = `arn:aws:kinesis:${region}:${accountId}:stream/${name}`;
  return {
    shards,
    retentionMs,
    sourceArn: streamArn,
    batchInfoKey: 'KinesisBatchInfo',
    arnField: 'streamArn',
    shardId: shardIdOf,
    sequenceNumber: kinesisSequenceNumber,
    buildEvent: (records, functionArn) =>
      kinesisEvent(
        records.map((r) => ({
          shardId: shardIdOf(r.shard),
          partitionKey: r.partitionKey,
          sequenceNumber: r.sequenceNumber,
          data: r.body as string,
          arrivalEpochMs: epoch + r.arrival,
        })),
        {
          streamArn,
          region,
          invokeIdentityArn: executionRoleArn(accountId, functionArn.slice(functionArn.lastIndexOf(':') + 1)),
        },
      ),
  };
}
