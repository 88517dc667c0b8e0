import { Buffer as NodeBuffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { Buffer } from './buffer';

// The sandbox's Buffer against Node's own, on what handler code does with it.
describe('the browser Buffer', () => {
  const texts = ['hello', 'héllo wörld €', '', '{"orderId":"a-1","total":12.5}', '🙂 emoji'];
  const encodings = ['utf8', 'base64', 'base64url', 'hex', 'latin1'] as const;

  it('encodes and decodes like Node', () => {
    for (const t of texts) {
      for (const enc of encodings) {
        const mine = Buffer.from(t).toString(enc);
        expect(mine, `${t} ${enc}`).toBe(NodeBuffer.from(t).toString(enc));
        expect(Buffer.from(mine, enc).toString(), `${t} back from ${enc}`).toBe(
          NodeBuffer.from(mine, enc).toString(),
        );
      }
      expect(Buffer.byteLength(t)).toBe(NodeBuffer.byteLength(t));
    }
  });

  it('decodes a Kinesis record', () => {
    const data = NodeBuffer.from('{"sensor":"t-1","celsius":21.5}').toString('base64');
    expect(JSON.parse(Buffer.from(data, 'base64').toString('utf8'))).toEqual({
      sensor: 't-1',
      celsius: 21.5,
    });
  });

  it('concats, allocates, compares and serialises like Node', () => {
    const joined = Buffer.concat([Buffer.from('ab'), Buffer.from([99, 100])]);
    expect(joined.toString()).toBe('abcd');
    expect(Buffer.isBuffer(joined)).toBe(true);
    expect(Buffer.alloc(4, 'ab').toString()).toBe('abab');
    expect(joined.equals(Buffer.from('abcd'))).toBe(true);
    expect(JSON.stringify(Buffer.from('hi'))).toBe(JSON.stringify(NodeBuffer.from('hi')));
    expect(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))).toString()).toBe('hi');
    expect(joined.subarray(1, 3) instanceof Buffer).toBe(true);
  });
});
