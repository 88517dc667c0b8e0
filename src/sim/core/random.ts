/**
 * Seeded randomness: xoshiro128** streams seeded through splitmix32. Each node draws from
 * its own stream derived by hashing (run seed, node id), so adding or removing a node never
 * changes what the other nodes draw.
 */

/** 32-bit FNV-1a of a string, mixed with a seed. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return mix32(h);
}

/** A strong 32-bit finaliser (murmur3 fmix): nearby inputs give unrelated outputs. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Combines two 32-bit values into one hash. */
export function hash2(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ mix32(b + 0x7f4a7c15)) >>> 0);
}

export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream fully determined by a 32-bit seed. */
  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in (0, 1]: safe under a logarithm. */
  nextOpen(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A random (version 4 shaped) UUID. */
  uuid(): string {
    const h = (n: number, len: number): string => n.toString(16).padStart(len, '0');
    const a = this.nextUint32();
    const b = this.nextUint32();
    const c = this.nextUint32();
    const d = this.nextUint32();
    return `${h(a, 8)}-${h(b >>> 16, 4)}-${h(0x4000 | (b & 0x0fff), 4)}-${h(0x8000 | (c >>> 18), 4)}-${h(c & 0xffff, 4)}${h(d, 8)}`;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The stream a node draws from, derived from the run seed and the node id only. */
export function nodeStream(seed: number, nodeId: string, purpose = ''): RandomStream {
  return new RandomStream(hashString(purpose ? `${nodeId}\u0000${purpose}` : nodeId, seed));
}
