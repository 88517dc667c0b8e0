import { describe, expect, it } from 'vitest';
import { getAt, pathKey, setAt, startsWith } from './paths';

describe('paths', () => {
  const value = { rules: [{ name: 'a', targets: [{ nodeId: 'f1' }] }], other: { x: 1 } };

  it('reads through objects and arrays', () => {
    expect(getAt(value, ['rules', 0, 'targets', 0, 'nodeId'])).toBe('f1');
    expect(getAt(value, ['rules', 3, 'name'])).toBeUndefined();
    expect(getAt(null, ['a'])).toBeUndefined();
  });

  it('sets without mutating and keeps untouched branches', () => {
    const next = setAt(value, ['rules', 0, 'name'], 'b') as typeof value;
    expect(next.rules[0]!.name).toBe('b');
    expect(value.rules[0]!.name).toBe('a');
    expect(Array.isArray(next.rules)).toBe(true);
    expect(next.other).toBe(value.other);
    expect(next.rules[0]!.targets).toBe(value.rules[0]!.targets);
  });

  it('joins keys with dots and compares prefixes', () => {
    expect(pathKey(['rules', 0, 'eventPattern'])).toBe('rules.0.eventPattern');
    expect(startsWith(['rules', 0, 'name'], ['rules', '0'])).toBe(true);
    expect(startsWith(['rules'], ['rules', 0])).toBe(false);
  });
});
