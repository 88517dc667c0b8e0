import { hash2 } from '../../core/random';

/** A UUID-shaped request id derived from (function seed, request number): no draw needed. */
export function requestIdOf(seed: number, n: number): string {
  const a = hash2(seed, n);
  const b = hash2(a, n + 1);
  const c = hash2(b, n + 2);
  const d = hash2(c, n + 3);
  const h = (v: number, len: number): string => (v >>> 0).toString(16).padStart(len, '0').slice(-len);
  return `${h(a, 8)}-${h(b >>> 16, 4)}-${h(0x4000 | (b & 0x0fff), 4)}-${h(0x8000 | (c & 0x3fff), 4)}-${h(c >>> 16, 4)}${h(d, 8)}`;
}

export function functionArn(region: string, account: string, name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${name}`;
}
