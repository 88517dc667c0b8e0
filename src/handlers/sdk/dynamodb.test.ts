import { describe, expect, it } from 'vitest';
import { marshallDoc, unmarshallDoc } from './dynamodb';

describe('lib-dynamodb marshalling', () => {
  it('turns document values into attribute values and back', () => {
    const doc = {
      s: 'a',
      n: 1.5,
      b: true,
      z: null,
      l: [1, 'x'],
      m: { deep: { k: 2 } },
      ss: new Set(['p', 'q']),
      ns: new Set([1, 2]),
    };
    const wire = marshallDoc(doc);
    expect(wire).toEqual({
      s: { S: 'a' },
      n: { N: '1.5' },
      b: { BOOL: true },
      z: { NULL: true },
      l: { L: [{ N: '1' }, { S: 'x' }] },
      m: { M: { deep: { M: { k: { N: '2' } } } } },
      ss: { SS: ['p', 'q'] },
      ns: { NS: ['1', '2'] },
    });
    expect(unmarshallDoc(wire)).toEqual(doc);
  });

  it('refuses what the real library refuses, unless told otherwise', () => {
    expect(() => marshallDoc({ a: undefined })).toThrow(
      'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
    );
    expect(marshallDoc({ a: undefined, b: [1, undefined] }, { removeUndefinedValues: true })).toEqual({
      b: { L: [{ N: '1' }] },
    });
    expect(() => marshallDoc({ big: 2 ** 60 })).toThrow(/greater than Number.MAX_SAFE_INTEGER/);
    expect(() => marshallDoc({ when: new Date(0) })).toThrow(/convertClassInstanceToMap/);
    expect(marshallDoc({ big: 2n ** 60n })).toEqual({ big: { N: '1152921504606846976' } });
  });
});
