import type { MappingSource, Batch } from './mappingTypes';

export type DiscardCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/**
 * The metadata Lambda sends to a stream mapping's on-failure destination: the invocation
 * context and the shard position of the discarded records, never the records themselves.
 */
export function failureRecord(
  source: MappingSource,
  batch: Batch,
  condition: DiscardCondition,
  requestId: string,
  functionArn: string,
  startEpochMs: number,
  now: number,
): unknown {
  const first = batch.records[0]!;
  const last = batch.records[batch.records.length - 1]!;
  const iso = (ms: number) => new Date(startEpochMs + ms).toISOString();
  return {
    requestContext: { requestId, functionArn, condition, approximateInvokeCount: batch.invokes },
    responseContext: { ...batch.lastResponse, executedVersion: '$LATEST' },
    version: '1.0',
    timestamp: iso(now),
    [source.batchInfoKey]: {
      shardId: source.shardId(first.shard),
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: iso(first.arrival),
      approximateArrivalOfLastRecord: iso(last.arrival),
      batchSize: batch.records.length,
      [source.arnField]: source.sourceArn,
    },
  };
}
