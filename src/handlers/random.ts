/** A seeded generator for one execution environment (Math.random, crypto.randomUUID). */
export interface SeededRandom {
  /** Uniform in [0, 1), like Math.random. */
  next(): number;
  uint32(): number;
}

/** 32-bit FNV-1a of a string mixed with a seed, then finalised (nearby inputs diverge). */
export function hashText(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** sfc32 seeded from one 32-bit value: small, fast, and good enough for user code's draws. */
export function seededRandom(seed: number): SeededRandom {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) uint32();
  return { uint32, next: () => uint32() / 4294967296 };
}

/** Fills `bytes` from the generator (crypto.getRandomValues inside handlers). */
export function fillRandom(r: SeededRandom, bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i += 4) {
    let v = r.uint32();
    for (let j = i; j < Math.min(i + 4, bytes.length); j++, v >>>= 8) bytes[j] = v & 0xff;
  }
}

/** A version-4 UUID from the generator. */
export function randomUuid(r: SeededRandom): string {
  const b = new Uint8Array(16);
  fillRandom(r, b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += b[i]!.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
