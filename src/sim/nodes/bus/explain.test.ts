import { describe, expect, it } from 'vitest';
import { explainEventPattern } from '../../patterns';
import { eventPatternExplainer } from './explain';

describe('compiled pattern explanations', () => {
  const cases: Array<[unknown, unknown]> = [
    [
      { source: ['shop'], detail: { amount: [{ numeric: ['>', 100] }] } },
      { source: 'shop', detail: { amount: 5 } },
    ],
    [{ 'detail-type': ['Refund'] }, { 'detail-type': 'Order', detail: {} }],
    [{ detail: { tags: [{ prefix: 'x' }], id: [{ exists: true }] } }, { detail: { tags: ['a', 'b'] } }],
    [{ $or: [{ source: ['a'] }, { detail: { n: [1] } }] }, { source: 'b', detail: { n: 2 } }],
    [{ source: ['shop'] }, { source: 'shop' }],
    [{ detail: { ip: [{ cidr: '10.0.0.0/8' }] } }, 'not an object'],
  ];
  it('gives the same failures as explainEventPattern', () => {
    for (const [pattern, event] of cases)
      expect(eventPatternExplainer(pattern)(event)).toEqual(explainEventPattern(pattern, event).failures);
  });
  it('finds failures where there are some', () => {
    expect(eventPatternExplainer(cases[0]![0])(cases[0]![1])[0]!.path).toBe('detail.amount');
  });
});
