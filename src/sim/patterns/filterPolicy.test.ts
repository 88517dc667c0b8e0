import { describe, expect, it } from 'vitest';
import { attrs, FILTER_POLICY_CASES, FILTER_POLICY_INVALID_CASES } from './filterPolicy.cases.ts';
import {
  compileFilterPolicy,
  explainFilterPolicy,
  matchesFilterPolicy,
  PatternError,
  validateFilterPolicy,
} from './index.ts';

describe('SNS filter policies: documented matching', () => {
  it.each(FILTER_POLICY_CASES.map((c) => [`${c.scope}: ${c.name}`, c] as const))('%s', (_name, c) => {
    expect(validateFilterPolicy(c.policy, c.scope)).toEqual([]);
    expect(matchesFilterPolicy(c.policy, c.message, c.scope)).toBe(c.expected);
    const why = explainFilterPolicy(c.policy, c.message, c.scope);
    expect(why.matched).toBe(c.expected);
    expect(why.failures.length > 0).toBe(!c.expected);
  });
});

describe('SNS filter policies: validation and limits', () => {
  it.each(FILTER_POLICY_INVALID_CASES.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const problems = validateFilterPolicy(c.policy, c.scope);
    expect(problems.join('\n')).toContain(c.mention);
  });

  const values = (n: number): string[] => Array.from({ length: n }, (_, i) => `v${i}`);

  it('accepts exactly five keys and exactly 150 combinations', () => {
    expect(validateFilterPolicy({ k1: ['a'], k2: ['a'], k3: ['a'], k4: ['a'], k5: values(150) })).toEqual([]);
    expect(validateFilterPolicy({ a: values(3), b: values(50) })).toEqual([]);
    expect(validateFilterPolicy({ $or: [{ a: values(100) }, { b: values(50) }] })).toEqual([]);
  });

  it('counts only parent keys of a nested body policy', () => {
    const nested = { parent: { a: ['1'], b: ['1'], c: ['1'], d: ['1'], e: ['1'], f: ['1'] } };
    expect(validateFilterPolicy(nested, 'MessageBody')).toEqual([]);
  });

  it('weights nested arrays by key depth (the guide example totals 72)', () => {
    const example = { key_a: { key_b: { key_c: values(4) } }, key_d: { key_e: values(3) } };
    expect(validateFilterPolicy(example, 'MessageBody')).toEqual([]);
    // Depth 3 x 12 values = 36; then depth 2 x 2 values = 4 (144, allowed) or x 3 values = 6 (216, not).
    const deep = { key_a: { key_b: { key_c: values(12) } } };
    expect(validateFilterPolicy({ ...deep, key_d: { key_e: values(2) } }, 'MessageBody')).toEqual([]);
    expect(validateFilterPolicy({ ...deep, key_d: { key_e: values(3) } }, 'MessageBody')[0]).toContain(
      '216 combinations',
    );
  });

  it('allows nested keys only in the MessageBody scope', () => {
    const policy = { store: { name: ['fans'] } };
    expect(validateFilterPolicy(policy, 'MessageBody')).toEqual([]);
    expect(validateFilterPolicy(policy)).not.toEqual([]);
  });

  it('refuses an unknown scope', () => {
    expect(validateFilterPolicy({ a: ['b'] }, 'Body' as never)[0]).toContain('unknown FilterPolicyScope');
  });

  it('throws PatternError for an invalid policy', () => {
    expect(() => compileFilterPolicy({ a: 'b' })).toThrow(PatternError);
    expect(() => matchesFilterPolicy({ a: [{ wildcard: '*' }] }, attrs({ a: 'x' }))).toThrow(/filter policy/);
  });
});

describe('SNS filter policies: explanations', () => {
  it('shares the EventBridge explanation shape', () => {
    const why = explainFilterPolicy({ price: [{ numeric: ['>', 100] }] }, attrs({ price: 42 }));
    expect(why).toEqual({
      matched: false,
      failures: [{ path: 'price', condition: 'numeric > 100', actual: '42' }],
    });
  });

  it('explains a message without attributes', () => {
    expect(explainFilterPolicy({ a: [{ exists: false }] }, { attributes: {} }).failures).toEqual([
      { path: '(attributes)', condition: 'at least one attribute', actual: 'none' },
    ]);
  });

  it('explains a body that is not JSON', () => {
    expect(explainFilterPolicy({ a: ['x'] }, { body: 'plain text' }, 'MessageBody').failures[0]?.path).toBe(
      '(body)',
    );
  });

  it('compiles once and matches many messages', () => {
    const match = compileFilterPolicy('{"store": ["fans"], "price": [{"numeric": [">=", 10]}]}');
    expect(match(attrs({ store: 'fans', price: 10 }))).toBe(true);
    expect(match(attrs({ store: 'fans', price: 9.99 }))).toBe(false);
  });
});
