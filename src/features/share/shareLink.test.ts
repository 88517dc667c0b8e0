import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFlowFile, serializeFlow } from '../../format';
import type { Flow } from '../../model';
import { adler32 } from './adler32';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { decodeFlowData, describeLinkError, encodeFlowData, readFlowParam, shareUrl } from './shareLink';

const MAX = 20 * 1024 * 1024;

function example(name: string): Flow {
  const bytes = readFileSync(new URL(`../../../public/examples/${name}.eventflow.json`, import.meta.url));
  const loaded = parseFlowFile(bytes, { semanticErrors: 'keep' });
  if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}

const unpackText = (data: string): string => {
  const r = decodeFlowData(data, MAX);
  if (!r.ok) throw new Error(describeLinkError(r.error));
  return new TextDecoder().decode(r.value);
};

describe('base64url', () => {
  it('round-trips every length of bytes, with only URL-safe characters', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) & 255);
      const text = encodeBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      const back = decodeBase64Url(text);
      expect(back.ok && [...back.value]).toEqual([...bytes]);
    }
  });

  it('accepts padding and the standard alphabet, refuses other characters with their position', () => {
    const bytes = Uint8Array.from([251, 255, 191, 0]);
    const standard = Buffer.from(bytes).toString('base64');
    expect(standard).toContain('+');
    const back = decodeBase64Url(standard);
    expect(back.ok && [...back.value]).toEqual([...bytes]);
    expect(decodeBase64Url('ab%cd')).toEqual({
      ok: false,
      error: { type: 'badCharacter', character: '%', position: 2 },
    });
    expect(decodeBase64Url('abcde')).toEqual({ ok: false, error: { type: 'badLength', length: 5 } });
  });
});

describe('adler32', () => {
  it('matches the checksum zlib writes', () => {
    const bytes = new TextEncoder().encode('Wikipedia');
    expect(adler32(bytes)).toBe(0x11e60398);
    const long = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 255);
    const packed = zlibSync(long);
    const t = packed.length - 4;
    expect(adler32(long)).toBe(Buffer.from(packed.subarray(t)).readUInt32BE(0));
  });
});

describe('share link data', () => {
  it('carries the whole file text of a flow and gives back the same flow', () => {
    const flow = example('saga');
    const data = encodeFlowData(flow);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const text = unpackText(data);
    expect(JSON.parse(text)).toEqual(JSON.parse(serializeFlow(flow)));
    const back = parseFlowFile(text, { semanticErrors: 'keep' });
    expect(back.ok && back.value).toEqual(flow);
    // Compressed well below the file: the point of packing it.
    expect(data.length).toBeLessThan(serializeFlow(flow).length / 3);
  });

  it('builds the link on the page address, replacing an old fragment', () => {
    const flow = example('fan-out');
    const url = shareUrl('https://studio.example/app/?x=1#flow=old', flow);
    expect(url.startsWith('https://studio.example/app/?x=1#flow=')).toBe(true);
    expect(readFlowParam(new URL(url).hash)).toBe(encodeFlowData(flow));
  });

  it('finds the flow parameter among other fragment parts', () => {
    expect(readFlowParam('#flow=abc')).toBe('abc');
    expect(readFlowParam('#view=1&flow=abc')).toBe('abc');
    expect(readFlowParam('#flow=')).toBe('');
    expect(readFlowParam('#flows=abc')).toBeNull();
    expect(readFlowParam('')).toBeNull();
  });
});

describe('a broken link is named for what broke', () => {
  const data = encodeFlowData(example('fan-out'));
  const errorOf = (d: string, max = MAX) => {
    const r = decodeFlowData(d, max);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };

  it('no data', () => {
    expect(errorOf('')).toEqual({ type: 'empty' });
    expect(describeLinkError({ type: 'empty' })).toContain('no data');
  });

  it('a character changed on the way', () => {
    const e = errorOf(`${data.slice(0, 10)}%20${data.slice(10)}`);
    expect(e).toEqual({ type: 'base64', error: { type: 'badCharacter', character: '%', position: 10 } });
    expect(describeLinkError(e)).toContain('"%" (character 11)');
  });

  it('cut off: at every length the result is an error, never a different flow', () => {
    const kinds = new Set<string>();
    for (let n = 1; n < data.length; n += 7) {
      const e = errorOf(data.slice(0, n));
      kinds.add(e.type);
      expect(['cutOff', 'base64', 'notCompressed', 'corrupt', 'checksum']).toContain(e.type);
    }
    expect(kinds.has('cutOff')).toBe(true);
    expect(describeLinkError({ type: 'cutOff' })).toContain('cut off');
  });

  it('not compressed data', () => {
    const e = errorOf(encodeBase64Url(new TextEncoder().encode('{"format":"eventflow"}')));
    expect(e).toEqual({ type: 'notCompressed' });
  });

  it('a flipped byte inside the data', () => {
    const bytes = Buffer.from(data, 'base64url');
    const middle = Math.floor(bytes.length / 2);
    let failed = 0;
    for (let bit = 0; bit < 8; bit++) {
      const copy = Uint8Array.from(bytes);
      copy[middle] = copy[middle]! ^ (1 << bit);
      const r = decodeFlowData(encodeBase64Url(copy), MAX);
      if (!r.ok) failed++;
    }
    // Deflate may decode a flipped bit into other text; the checksum still refuses it.
    expect(failed).toBe(8);
  });

  it('a checksum that does not match', () => {
    const bytes = Uint8Array.from(Buffer.from(data, 'base64url'));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    expect(errorOf(encodeBase64Url(bytes))).toEqual({ type: 'checksum' });
  });

  it('data that unpacks past the limit stops unpacking there', () => {
    const bomb = encodeBase64Url(zlibSync(new Uint8Array(5_000_000), { level: 9 }));
    expect(bomb.length).toBeLessThan(20_000);
    const e = errorOf(bomb, 1024 * 1024);
    expect(e).toEqual({ type: 'tooLarge', limit: 1024 * 1024 });
    expect(describeLinkError(e)).toContain('more than 1 MB');
  });
});

describe('view-only links', () => {
  it('put view=1 before the flow, and only such links ask for the view-only page', async () => {
    const { isViewOnly, readFlowParam, shareUrl } = await import('./shareLink');
    const { emptyFlow } = await import('../../model');
    const url = shareUrl('https://studio.example/#x', emptyFlow(), true);
    const hash = url.slice(url.indexOf('#'));
    expect(hash.startsWith('#view=1&flow=')).toBe(true);
    expect(isViewOnly(hash)).toBe(true);
    expect(readFlowParam(hash)).not.toBeNull();
    expect(isViewOnly(shareUrl('https://studio.example/', emptyFlow()).replace(/^[^#]*/, ''))).toBe(false);
    expect(isViewOnly('#view=10')).toBe(false);
  });
});
