/**
 * The part of Node's Buffer handler code uses most (Lambda runs Node; browsers have no
 * Buffer): from/alloc/concat/byteLength/isBuffer and toString/toJSON/equals for utf8,
 * base64, base64url, hex and latin1. Kinesis records arrive base64-encoded, so
 * `Buffer.from(record.kinesis.data, 'base64').toString()` must work. Installed only where
 * the platform has no Buffer (Node workers keep the real one).
 */
interface Codec {
  TextEncoder: new () => { encode(s: string): Uint8Array };
  TextDecoder: new (label?: string) => { decode(b: Uint8Array): string };
  atob(s: string): string;
  btoa(s: string): string;
}
const g = globalThis as unknown as Codec & { Buffer?: unknown };

type Encoding = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii';

function encode(text: string, encoding: Encoding = 'utf8'): Uint8Array {
  switch (String(encoding).toLowerCase()) {
    case 'base64':
    case 'base64url': {
      const clean = text
        .replace(/[^A-Za-z0-9+/\-_]/g, '')
        .replace(/-/g, '+')
        .replace(/_/g, '/');
      return latin1(g.atob(clean + '='.repeat((4 - (clean.length % 4)) % 4)));
    }
    case 'hex': {
      const n = Math.floor(text.length / 2);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const v = parseInt(text.slice(2 * i, 2 * i + 2), 16);
        if (Number.isNaN(v)) return out.subarray(0, i);
        out[i] = v;
      }
      return out;
    }
    case 'latin1':
    case 'binary':
    case 'ascii':
      return latin1(text);
    default:
      return new g.TextEncoder().encode(text);
  }
}

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function binary(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return s;
}

export class Buffer extends Uint8Array {
  static override from(value: unknown, encodingOrOffset?: unknown, length?: number): Buffer {
    if (typeof value === 'string') return Buffer.of(encode(value, encodingOrOffset as Encoding));
    if (value instanceof ArrayBuffer)
      return new Buffer(
        value,
        (encodingOrOffset as number) ?? 0,
        length ?? value.byteLength - ((encodingOrOffset as number) ?? 0),
      );
    if (ArrayBuffer.isView(value))
      return Buffer.of(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (Array.isArray(value)) return Buffer.of(Uint8Array.from(value as number[]));
    const data = (value as { type?: string; data?: number[] } | null)?.data;
    if ((value as { type?: string } | null)?.type === 'Buffer' && Array.isArray(data))
      return Buffer.of(Uint8Array.from(data));
    throw new TypeError(
      'The first argument must be of type string, Buffer, ArrayBuffer, Array, or Array-like Object.',
    );
  }
  static override of(...items: unknown[]): Buffer {
    const src =
      items.length === 1 && items[0] instanceof Uint8Array ? items[0] : Uint8Array.from(items as number[]);
    const b = new Buffer(src.length);
    b.set(src);
    return b;
  }
  static alloc(size: number, fill: number | string = 0): Buffer {
    const b = new Buffer(size);
    if (typeof fill === 'number') b.fill(fill);
    else if (fill.length > 0) for (let i = 0, f = encode(fill); i < size; i++) b[i] = f[i % f.length]!;
    return b;
  }
  static isBuffer(v: unknown): v is Buffer {
    return v instanceof Buffer;
  }
  static byteLength(value: string | ArrayBufferView | ArrayBuffer, encoding?: Encoding): number {
    return typeof value === 'string' ? encode(value, encoding).length : value.byteLength;
  }
  static concat(list: Uint8Array[], total?: number): Buffer {
    const size = total ?? list.reduce((n, b) => n + b.length, 0);
    const out = new Buffer(size);
    let at = 0;
    for (const b of list) {
      if (at >= size) break;
      out.set(b.subarray(0, size - at), at);
      at += b.length;
    }
    return out;
  }
  override toString(encoding: Encoding = 'utf8', start = 0, end = this.length): string {
    const b = this.subarray(start, end);
    switch (String(encoding).toLowerCase()) {
      case 'base64':
        return g.btoa(binary(b));
      case 'base64url':
        return g.btoa(binary(b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      case 'hex':
        return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      case 'latin1':
      case 'binary':
        return binary(b);
      case 'ascii':
        return binary(b.map((x) => x & 0x7f));
      default:
        return new g.TextDecoder('utf-8').decode(b);
    }
  }
  toJSON(): { type: 'Buffer'; data: number[] } {
    return { type: 'Buffer', data: Array.from(this) };
  }
  equals(other: Uint8Array): boolean {
    return this.length === other.length && this.every((x, i) => x === other[i]);
  }
}

/** Gives the worker a Buffer when the platform has none (browsers). */
export function installBufferIfMissing(): void {
  if (typeof g.Buffer !== 'undefined') return;
  Object.defineProperty(globalThis, 'Buffer', {
    value: Buffer,
    writable: false,
    configurable: false,
    enumerable: false,
  });
}
