import type { RandomStream } from '../../core/random';

/** One record a producer asks the stream to store. */
export interface PutEntry {
  partitionKey: string;
  data: string;
  explicitHashKey: string | null;
}

export type PutRequest =
  { type: 'PutRecord' | 'PutRecords' | 'plain'; entries: PutEntry[] } | { type: 'invalid'; message: string };

/**
 * Reads what a producer sent: `{ operation: 'PutRecord' | 'PutRecords', params }` (what the
 * SDK shim sends), the bare PutRecord / PutRecords input (`{ PartitionKey, Data }`,
 * `{ Records: [...] }`), or any other JSON body, stored as one record whose partition key
 * is the body's `id` field (or a random one when it has none).
 */
export function readPut(payload: unknown, random: RandomStream): PutRequest {
  let p = payload;
  if (isObject(p) && (p.operation === 'PutRecord' || p.operation === 'PutRecords')) p = p.params;
  if (isObject(p) && Array.isArray(p.Records)) {
    const entries: PutEntry[] = [];
    if (p.Records.length === 0 || p.Records.length > 500)
      return { type: 'invalid', message: 'Records must hold 1 to 500 entries' };
    for (const r of p.Records) {
      const e = entryOf(r);
      if (typeof e === 'string') return { type: 'invalid', message: e };
      entries.push(e);
    }
    return { type: 'PutRecords', entries };
  }
  if (isObject(p) && 'PartitionKey' in p) {
    const e = entryOf(p);
    return typeof e === 'string' ? { type: 'invalid', message: e } : { type: 'PutRecord', entries: [e] };
  }
  const id = isObject(p) ? p.id : undefined;
  const partitionKey = typeof id === 'string' || typeof id === 'number' ? String(id) : random.uuid();
  return { type: 'plain', entries: [{ partitionKey, data: textOf(p), explicitHashKey: null }] };
}

function entryOf(r: unknown): PutEntry | string {
  if (!isObject(r)) return 'each record must be an object';
  const key = r.PartitionKey;
  if (typeof key !== 'string' || key.length < 1 || key.length > 256)
    return 'PartitionKey must be a string of 1 to 256 characters';
  if (r.Data === undefined) return 'Data is required';
  const hash =
    typeof r.ExplicitHashKey === 'string' && /^\d{1,39}$/.test(r.ExplicitHashKey) ? r.ExplicitHashKey : null;
  return { partitionKey: key, data: textOf(r.Data), explicitHashKey: hash };
}

/** Record data as text: a string is taken as is, anything else as its JSON. */
export function textOf(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
