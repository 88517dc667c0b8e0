import { describe, expect, it } from 'vitest';
import { ec2 } from './eventPattern.cases.ts';
import { EVENT_PATTERN_MATCH_CASES } from './eventPattern.docCases.ts';
import { EVENT_PATTERN_INVALID_CASES } from './eventPattern.invalid.cases.ts';
import {
  compileEventPattern,
  explainEventPattern,
  matchesEventPattern,
  PatternError,
  validateEventPattern,
} from './index.ts';

describe('EventBridge event patterns: documented matching', () => {
  it('has a broad table', () => {
    expect(EVENT_PATTERN_MATCH_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(EVENT_PATTERN_MATCH_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(validateEventPattern(c.pattern)).toEqual([]);
    expect(matchesEventPattern(c.pattern, c.event)).toBe(c.expected);
    // The explanation must agree with the matcher, and a miss must say why.
    const why = explainEventPattern(c.pattern, c.event);
    expect(why.matched).toBe(c.expected);
    if (c.expected) expect(why.failures).toEqual([]);
    else expect(why.failures.length).toBeGreaterThan(0);
  });

  it('gives the same answers for a pattern given as JSON text', () => {
    for (const c of EVENT_PATTERN_MATCH_CASES) {
      expect(matchesEventPattern(JSON.stringify(c.pattern), c.event), c.name).toBe(c.expected);
    }
  });
});

describe('EventBridge event patterns: validation', () => {
  it('has a broad table', () => {
    expect(EVENT_PATTERN_INVALID_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(EVENT_PATTERN_INVALID_CASES.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const problems = validateEventPattern(c.pattern);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(c.mention);
  });

  it('reports every problem, not just the first', () => {
    const problems = validateEventPattern({ source: 'x', detail: { a: [], b: [{ numeric: ['>', 'y'] }] } });
    expect(problems).toEqual([
      'source: must be an array of values to match or an object of nested fields, got "x" (write ["x"])',
      'detail.a: empty arrays are not allowed (give at least one value to match)',
      'detail.b: numeric needs an operator followed by a number, got "y"',
    ]);
  });

  it('names the entry when a field lists several', () => {
    expect(validateEventPattern({ f: ['ok', { prefix: 1 }] })).toEqual([
      'f[1]: prefix needs a string, got 1',
    ]);
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(validateEventPattern({ detail: { 'a b': 'x' } })[0]).toMatch(/^detail\["a b"\]: /);
  });

  it('throws PatternError with the problems from compile and match', () => {
    const pattern = { source: 'aws.ec2' };
    expect(() => compileEventPattern(pattern)).toThrow(PatternError);
    try {
      matchesEventPattern(pattern, {});
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PatternError);
      expect((e as PatternError).problems).toEqual(validateEventPattern(pattern));
    }
    expect(() => explainEventPattern('{', {})).toThrow(PatternError);
  });
});

describe('EventBridge event patterns: compile once, match many', () => {
  it('reuses one compiled matcher across events', () => {
    const match = compileEventPattern('{"detail": {"price": [{"numeric": [">", 100]}]}}');
    expect(match(ec2({ price: 150 }))).toBe(true);
    expect(match(ec2({ price: 50 }))).toBe(false);
    expect(match(ec2({}))).toBe(false);
  });

  it('does not see later changes to the pattern object', () => {
    const pattern = { source: ['aws.ec2'] };
    const match = compileEventPattern(pattern);
    pattern.source[0] = 'aws.s3';
    expect(match(ec2({}))).toBe(true);
  });
});

describe('explainEventPattern', () => {
  it('names the path, the condition and what the event had', () => {
    const why = explainEventPattern({ detail: { price: [{ numeric: ['>', 100] }] } }, ec2({ price: 42 }));
    expect(why).toEqual({
      matched: false,
      failures: [{ path: 'detail.price', condition: 'numeric > 100', actual: '42' }],
    });
  });

  it('says "missing" for absent fields and keeps types visible', () => {
    const why = explainEventPattern({ detail: { a: [5], b: ['x'] } }, ec2({ a: '5' }));
    expect(why.failures).toEqual([
      { path: 'detail.a', condition: '5', actual: '"5"' },
      { path: 'detail.b', condition: '"x"', actual: 'missing' },
    ]);
  });

  it('lists the alternatives of a failed $or', () => {
    const why = explainEventPattern({ $or: [{ a: ['1'] }, { b: [{ prefix: 'x' }] }] }, { a: '2', b: 'y' });
    expect(why.failures).toEqual([
      { path: 'a', condition: '($or 1) "1"', actual: '"2"' },
      { path: 'b', condition: '($or 2) prefix "x"', actual: '"y"' },
    ]);
  });

  it('points at the closest element of an array of objects', () => {
    const why = explainEventPattern(
      { items: { sku: ['A'], qty: [{ numeric: ['>', 1] }] } },
      {
        items: [
          { sku: 'B', qty: 0 },
          { sku: 'A', qty: 1 },
        ],
      },
    );
    expect(why.failures).toEqual([{ path: 'items[1].qty', condition: 'numeric > 1', actual: '1' }]);
  });

  it('shortens long values and long value lists', () => {
    const long = 'x'.repeat(200);
    const why = explainEventPattern({ a: ['p', 'q', 'r', 's', 't'] }, { a: long });
    const failure = why.failures[0];
    expect(failure?.condition).toBe('"p" or "q" or "r" or 2 more');
    expect(failure?.actual.length).toBeLessThanOrEqual(48);
  });

  it('describes objects in words', () => {
    const why = explainEventPattern({ detail: { state: ['on'] } }, ec2({ state: { name: 'on' } }));
    expect(why.failures[0]?.actual).toBe('an object');
  });
});
