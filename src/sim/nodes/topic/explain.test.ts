import { describe, expect, it } from 'vitest';
import { explainFilterPolicy, type FilterPolicyScope, type SnsMessage } from '../../patterns';
import { filterPolicyExplainer } from './explain';

const attr = (v: string, t = 'String') => ({ DataType: t, StringValue: v });

describe('compiled filter policy explanations', () => {
  const cases: Array<[unknown, SnsMessage, FilterPolicyScope]> = [
    [{ kind: ['order'] }, { attributes: { kind: attr('refund') } }, 'MessageAttributes'],
    [
      { price: [{ numeric: ['>', 10] }] },
      { attributes: { price: attr('5', 'Number') } },
      'MessageAttributes',
    ],
    [{ kind: ['order'] }, { attributes: {} }, 'MessageAttributes'],
    [{ a: { b: [{ prefix: 'x' }] } }, { body: '{"a":{"b":"yz"}}' }, 'MessageBody'],
    [{ a: ['1'] }, { body: 'not json' }, 'MessageBody'],
    [{ kind: [{ 'anything-but': ['order'] }] }, { attributes: { kind: attr('order') } }, 'MessageAttributes'],
  ];
  it('gives the same failures as explainFilterPolicy', () => {
    for (const [policy, message, scope] of cases)
      expect(filterPolicyExplainer(policy, scope)(message)).toEqual(
        explainFilterPolicy(policy, message, scope).failures,
      );
  });
  it('finds failures where there are some', () => {
    expect(filterPolicyExplainer(cases[0]![0], 'MessageAttributes')(cases[0]![1])[0]!.path).toBe('kind');
  });
});
