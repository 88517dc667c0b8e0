import type { StreamRecord } from './shardLog';

/**
 * Reads a partial batch response (`{ batchItemFailures: [{ itemIdentifier }] }`): the index
 * of the failed record with the lowest sequence number, where Lambda checkpoints; -1 when
 * every record succeeded (no list, null, or an empty list); 0 (the whole batch failed) when
 * the list is malformed or names a record that is not in the batch.
 */
export function firstFailure(records: StreamRecord[], value: unknown): number {
  if (value === null || typeof value !== 'object') return -1;
  const failures = (value as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return -1;
  if (!Array.isArray(failures)) return 0;
  let min = -1;
  for (const f of failures) {
    const id = (f as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const i = typeof id === 'string' ? records.findIndex((rec) => rec.sequenceNumber === id) : -1;
    if (i === -1) return 0;
    if (min === -1 || i < min) min = i;
  }
  return min;
}
