import type { NodeOfKind } from '../../../model';
import type { Inbound, NodeBehaviour, NodeContext } from '../../core/types';
import { utf8Bytes } from '../../events/md5';
import { previewPayload } from '../../records/trace';
import { EventSourceMapping, MAPPING_POLL, pollMapping } from './mapping';
import { readPut, type PutEntry } from './putRequest';
import { ShardLog } from './shardLog';
import { hashKeyOf, kafkaPartition, shardForHashKey } from './shards';
import { streamSource } from './streamSource';

/** Per-shard write quota (Kinesis provisioned mode). */
export const SHARD_RECORDS_PER_SECOND = 1000;
export const SHARD_BYTES_PER_SECOND = 1024 * 1024;
/** On-demand streams start with the write capacity of 4 shards. */
const ON_DEMAND_SHARDS = 4;

type PutResult = { ShardId: string; SequenceNumber: string } | { ErrorCode: string; ErrorMessage: string };

/** A Kinesis data stream (or Kafka topic): shards by partition-key hash, write limits, and its event source mappings. */
export function streamBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'stream'>).settings;
  const kafka = s.flavor === 'kafka';
  const shardCount = s.streamMode === 'ON_DEMAND' ? Math.max(ON_DEMAND_SHARDS, s.shardCount) : s.shardCount;
  const shards = Array.from({ length: shardCount }, (_, i) => new ShardLog(i));
  const source = streamSource(ctx, shards, s.retentionPeriodHours * 3_600_000, kafka);
  const mappings = ctx.outEdges('streamMapping').map((out) => new EventSourceMapping(ctx, out, source));
  const windowSecond = new Float64Array(shardCount).fill(-1);
  const windowRecords = new Float64Array(shardCount);
  const windowBytes = new Float64Array(shardCount);
  const m = ctx.metrics;
  const recordsIn = m.counter('recordsIn');
  const bytesIn = m.counter('bytesIn');
  const writeThrottles = m.counter('writeThrottles');

  if (s.streamMode === 'ON_DEMAND') {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'streamMode',
      message: `On-demand capacity is modelled as ${shardCount} shards; its automatic scaling is not simulated.`,
    });
  }
  if (kafka) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'flavor',
      message:
        'Kafka partitions use the Kinesis mapping semantics (batches per partition, retries block the partition); broker write limits are not simulated.',
    });
  }

  function shardOf(e: PutEntry): number {
    if (e.explicitHashKey !== null) return shardForHashKey(BigInt(e.explicitHashKey), shardCount);
    return kafka
      ? kafkaPartition(e.partitionKey, shardCount)
      : shardForHashKey(hashKeyOf(e.partitionKey), shardCount);
  }

  /** Takes the record's share of the shard's per-second quota; false when over it. */
  function admit(shard: number, size: number, now: number): boolean {
    if (kafka) return true;
    const second = Math.floor(now / 1000);
    if (windowSecond[shard] !== second) {
      windowSecond[shard] = second;
      windowRecords[shard] = 0;
      windowBytes[shard] = 0;
    }
    if (
      windowRecords[shard]! + 1 > SHARD_RECORDS_PER_SECOND ||
      windowBytes[shard]! + size > SHARD_BYTES_PER_SECOND
    )
      return false;
    windowRecords[shard]!++;
    windowBytes[shard]! += size;
    return true;
  }

  function put(e: PutEntry, inbound: Inbound, spanId: number): PutResult {
    const now = ctx.now();
    const shard = shardOf(e);
    const size = utf8Bytes(e.data).length + utf8Bytes(e.partitionKey).length;
    const shardId = source.shardId(shard);
    if (!admit(shard, size, now)) {
      writeThrottles.add(now);
      return {
        ErrorCode: 'ProvisionedThroughputExceededException',
        ErrorMessage: `Rate exceeded for shard ${shardId} in stream ${ctx.node.id} under account ${ctx.run.accountId}.`,
      };
    }
    const log = shards[shard]!;
    const { traceId, originIndex } = inbound.message;
    const rec = log.append({
      sequenceNumber: source.sequenceNumber(shard, log.next),
      partitionKey: e.partitionKey,
      arrival: now,
      size,
      body: e.data,
      traceId,
      originIndex,
      spanId,
    });
    recordsIn.add(now);
    bytesIn.add(now, size);
    for (const mp of mappings) mp.notify(rec);
    if (log.readers.length === 0) log.compact();
    return { ShardId: shardId, SequenceNumber: rec.sequenceNumber };
  }

  return {
    receive(inbound) {
      const spanId = ctx.newSpanId();
      const req = readPut(inbound.message.payload.get(), ctx.random);
      if (req.type === 'invalid') {
        const error = { type: 'ValidationException', message: req.message };
        record(inbound, spanId, 'error', '', null, false, error);
        return inbound.reply?.({
          status: 400,
          body: { __type: error.type, message: error.message },
          error,
          spanId,
        });
      }
      const results = req.entries.map((e) => put(e, inbound, spanId));
      const failed = results.filter((r) => 'ErrorCode' in r).length;
      const firstOk = results.find(
        (r): r is { ShardId: string; SequenceNumber: string } => 'SequenceNumber' in r,
      );
      record(
        inbound,
        spanId,
        failed > 0 ? 'throttled' : 'ok',
        req.entries[0]!.partitionKey,
        firstOk ?? null,
        failed > 0,
        null,
      );
      // Nobody retries what an asynchronous sender lost to throttling.
      if (failed > 0 && inbound.mode === 'async') ctx.countRejection(ctx.index);
      if (!inbound.reply) return;
      if (req.type === 'PutRecords')
        return inbound.reply({
          status: 200,
          body: { FailedRecordCount: failed, Records: results, EncryptionType: 'NONE' },
          spanId,
        });
      const r = results[0]!;
      if ('ErrorCode' in r) {
        const error = { type: r.ErrorCode, message: r.ErrorMessage };
        return inbound.reply({
          status: 400,
          body: { __type: r.ErrorCode, message: r.ErrorMessage },
          error,
          spanId,
        });
      }
      inbound.reply({ status: 200, body: { ...r, EncryptionType: 'NONE' }, spanId });
    },
    onEvent(code, arg, payload) {
      if (code === MAPPING_POLL) pollMapping(arg, payload);
    },
  };

  function record(
    inbound: Inbound,
    spanId: number,
    status: 'ok' | 'error' | 'throttled',
    partitionKey: string,
    ok: { ShardId: string; SequenceNumber: string } | null,
    throttled: boolean,
    error: { type: string; message: string } | null,
  ): void {
    const now = ctx.now();
    if (!ctx.wantsSpan(inbound.message.traceId, status !== 'ok')) return;
    ctx.record({
      type: 'stream.put',
      spanId,
      traceId: inbound.message.traceId,
      parentSpanId: inbound.message.parentSpanId,
      nodeId: ctx.node.id,
      kind: ctx.node.kind,
      start: now,
      end: now,
      status,
      attempt: inbound.attempt,
      payload: previewPayload(inbound.message.payload.get()),
      logs: [],
      error:
        error ??
        (throttled
          ? { type: 'ProvisionedThroughputExceededException', message: 'Rate exceeded for shard' }
          : null),
      shardId: ok?.ShardId ?? '',
      partitionKey,
      sequenceNumber: ok?.SequenceNumber ?? null,
      throttled,
    });
  }
}
