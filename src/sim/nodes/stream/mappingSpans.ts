import type { NodeContext, OutEdge, Reply } from '../../core/types';
import { previewPayload, type TraceRecord } from '../../records/trace';
import type { DiscardCondition } from './failureRecord';
import type { Batch, MappingSource } from './mappingTypes';
import type { StreamRecord } from './shardLog';

export type BatchOutcome = 'ok' | 'function-error' | 'partial-failure' | 'throttled';

export function batchSpan(
  ctx: NodeContext,
  source: MappingSource,
  batch: Batch,
  spanId: number,
  start: number,
  outcome: BatchOutcome,
  reply: Reply,
  slot: number,
): TraceRecord {
  const first = batch.records[0]!;
  return {
    type: 'stream.batch',
    spanId,
    traceId: first.traceId,
    parentSpanId: first.spanId,
    nodeId: ctx.node.id,
    kind: ctx.node.kind,
    start,
    end: ctx.now(),
    status: outcome === 'ok' ? 'ok' : outcome === 'throttled' ? 'throttled' : 'error',
    attempt: batch.invokes,
    payload: previewPayload(batch.records.map((r) => r.sequenceNumber)),
    logs: [],
    error: reply.error ?? null,
    shardId: source.shardId(first.shard),
    slot,
    batchSize: batch.records.length,
    firstSequenceNumber: first.sequenceNumber,
    lastSequenceNumber: batch.records[batch.records.length - 1]!.sequenceNumber,
    outcome,
    retries: batch.retries,
  };
}

export function discardSpan(
  ctx: NodeContext,
  spanId: number,
  first: StreamRecord,
  batch: Batch,
  condition: DiscardCondition,
  record: unknown,
  target: OutEdge | null,
): TraceRecord {
  const now = ctx.now();
  return {
    type: 'stream.discard',
    spanId,
    traceId: first.traceId,
    parentSpanId: first.spanId,
    nodeId: ctx.node.id,
    kind: ctx.node.kind,
    start: now,
    end: now,
    status: 'error',
    attempt: batch.invokes,
    payload: previewPayload(record),
    logs: [],
    error: { type: condition, message: `${batch.records.length} record(s) discarded: ${condition}` },
    condition,
    batchSize: batch.records.length,
    targetNodeId: target ? target.edge.target : null,
  };
}
