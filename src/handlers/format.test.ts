import { describe, expect, it } from 'vitest';
import { formatArgs } from './format';

describe('console formatting', () => {
  it('formats like Node: substitutions, inspected objects, strings as they are', () => {
    expect(formatArgs(['%s has %d items (%j)', 'cart', 3, { a: 1 }])).toBe('cart has 3 items ({"a":1})');
    expect(formatArgs(['got', { id: 7, tags: ['a'], nested: { deep: { deeper: { deepest: 1 } } } }])).toBe(
      "got { id: 7, tags: [ 'a' ], nested: { deep: { deeper: [Object] } } }",
    );
    expect(formatArgs([1, true, null, undefined, 'x'])).toBe('1 true null undefined x');
    expect(formatArgs(['100%% sure'])).toBe('100% sure');
    expect(formatArgs([new Map([['k', 1]]), new Set([2])])).toBe("Map(1) { 'k' => 1 } Set(1) { 2 }");
  });

  it('survives cycles and maps error stacks', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(formatArgs([a])).toBe("{ name: 'a', self: [Circular *1] }");
    const e = new Error('x');
    e.stack = 'Error: x\n    at f (blob:null/1:2:3)';
    expect(formatArgs([e], (s) => s.replace('blob:null/1', 'file:///var/task/index.mjs'))).toBe(
      'Error: x\n    at f (file:///var/task/index.mjs:2:3)',
    );
  });
});
