const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Standard base64 ('+', '/') decodes too: a person may have converted the link by hand.
const VALUES: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  table['+'.charCodeAt(0)] = 62;
  table['/'.charCodeAt(0)] = 63;
  return table;
})();

/** Bytes as base64url without padding (RFC 4648 §5): safe in a URL fragment as is. */
export function encodeBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) chunk += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) chunk += ALPHABET[c & 63]!;
    // Joining fixed-size pieces keeps long links (megabytes) from building one huge rope.
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

export type Base64Error =
  { type: 'badCharacter'; character: string; position: number } | { type: 'badLength'; length: number };

/** Decodes base64url (or standard base64); trailing '=' padding is allowed, nothing else. */
export function decodeBase64Url(
  text: string,
): { ok: true; value: Uint8Array } | { ok: false; error: Base64Error } {
  const body = text.replace(/={1,2}$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffered = 0;
  let at = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) {
      return {
        ok: false,
        error: { type: 'badCharacter', character: String.fromCodePoint(body.codePointAt(i)!), position: i },
      };
    }
    bits = ((bits << 6) | value) & 0xffff;
    buffered += 6;
    if (buffered >= 8) {
      buffered -= 8;
      out[at++] = (bits >> buffered) & 255;
    }
  }
  // One leftover character carries only 6 bits: no byte ends there, so the text was cut.
  if (body.length % 4 === 1) return { ok: false, error: { type: 'badLength', length: body.length } };
  return { ok: true, value: out };
}
