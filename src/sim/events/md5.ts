/** UTF-8 bytes of a string (the core has no TextEncoder type). */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** MD5 of the UTF-8 text as 32 hex digits: SQS's MD5OfBody / md5OfBody. */
export function md5Hex(text: string): string {
  const bytes = isAscii(text) ? null : utf8Bytes(text);
  const length = bytes ? bytes.length : text.length;
  const n = ((length + 8) >> 6) + 1;
  const words = new Uint32Array(n * 16);
  for (let i = 0; i < length; i++)
    words[i >> 2]! |= (bytes ? bytes[i]! : text.charCodeAt(i)) << ((i % 4) * 8);
  words[length >> 2]! |= 0x80 << ((length % 4) * 8);
  const bits = length * 8;
  words[n * 16 - 2] = bits >>> 0;
  words[n * 16 - 1] = Math.floor(bits / 2 ** 32);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  for (let block = 0; block < n; block++) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const sum = (a + f + K[i]! + words[block * 16 + g]!) >>> 0;
      const sh = SHIFTS[(i >> 4) * 4 + (i % 4)]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << sh) | (sum >>> (32 - sh)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  let hex = '';
  for (const v of [a0, b0, c0, d0])
    hex += HEX[v & 255]! + HEX[(v >>> 8) & 255]! + HEX[(v >>> 16) & 255]! + HEX[v >>> 24]!;
  return hex;
}
