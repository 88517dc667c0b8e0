import { md5Hex, utf8Bytes } from '../../events/md5';

const SPACE = 1n << 128n;

/** The 128-bit hash key Kinesis derives from a partition key: MD5 read as an unsigned big-endian integer. */
export function hashKeyOf(partitionKey: string): bigint {
  return BigInt(`0x${md5Hex(partitionKey)}`);
}

/**
 * The shard whose hash-key range holds `hashKey` when the 2^128 space is split evenly over
 * `shardCount` shards (shard i starts at floor(i * 2^128 / n), as CreateStream splits it).
 */
export function shardForHashKey(hashKey: bigint, shardCount: number): number {
  const n = BigInt(shardCount);
  return Number(((hashKey + 1n) * n + SPACE - 1n) / SPACE) - 1;
}

/** Kafka's default partitioner: murmur2 of the key bytes, made positive, modulo the partition count. */
export function kafkaPartition(key: string, partitions: number): number {
  return (murmur2(utf8Bytes(key)) & 0x7fffffff) % partitions;
}

function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const rest = length & 3;
  if (rest === 3) h ^= data[whole + 2]! << 16;
  if (rest >= 2) h ^= data[whole + 1]! << 8;
  if (rest >= 1) {
    h ^= data[whole]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** Kinesis shard id text: shardId-000000000003. */
export function shardIdOf(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}
