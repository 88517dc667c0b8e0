import { describe, expect, it } from 'vitest';
import { EVENT_PATTERN_MATCH_CASES } from './eventPattern.docCases.ts';
import { EVENT_PATTERN_INVALID_CASES } from './eventPattern.invalid.cases.ts';
import { FILTER_POLICY_CASES, FILTER_POLICY_INVALID_CASES } from './filterPolicy.cases.ts';
import {
  compileEventPattern,
  compileEventPatternExplainer,
  compileFilterPolicy,
  compileFilterPolicyExplainer,
  PatternError,
} from './index.ts';

describe('compiled event-pattern explainers', () => {
  it('agree with the compiled matcher on every documented case, reused across events', () => {
    const events = EVENT_PATTERN_MATCH_CASES.map((c) => c.event);
    for (const c of EVENT_PATTERN_MATCH_CASES.slice(0, 60)) {
      const explain = compileEventPatternExplainer(c.pattern);
      const match = compileEventPattern(c.pattern);
      expect(explain(c.event).matched, c.name).toBe(c.expected);
      for (const e of events) {
        const why = explain(e);
        expect(why.matched, c.name).toBe(match(e));
        expect(why.failures.length === 0, c.name).toBe(why.matched);
      }
    }
  });

  it('keeps no state between calls', () => {
    const explain = compileEventPatternExplainer({
      source: ['shop'],
      detail: { n: [{ numeric: ['>', 1] }] },
    });
    const miss = explain({ source: 'mall', detail: { n: 0 } });
    expect(miss.failures.map((f) => f.path)).toEqual(['source', 'detail.n']);
    expect(explain({ source: 'shop', detail: { n: 2 } })).toEqual({ matched: true, failures: [] });
    expect(explain({ source: 'mall', detail: { n: 0 } })).toEqual(miss);
  });

  it('takes JSON text, and throws PatternError for every invalid pattern', () => {
    expect(compileEventPatternExplainer('{"source":["a"]}')({ source: 'a' }).matched).toBe(true);
    for (const c of EVENT_PATTERN_INVALID_CASES) {
      expect(() => compileEventPatternExplainer(c.pattern), c.name).toThrow(PatternError);
    }
  });
});

describe('compiled filter-policy explainers', () => {
  it('agree with the compiled matcher on every documented case', () => {
    for (const c of FILTER_POLICY_CASES) {
      const explain = compileFilterPolicyExplainer(c.policy, c.scope);
      const match = compileFilterPolicy(c.policy, c.scope);
      const why = explain(c.message);
      expect(why.matched, c.name).toBe(c.expected);
      expect(match(c.message), c.name).toBe(c.expected);
      expect(why.failures.length > 0, c.name).toBe(!c.expected);
    }
  });

  it('says why a message without attributes or without a JSON body never matches', () => {
    const byAttr = compileFilterPolicyExplainer({ kind: [{ exists: false }] }, 'MessageAttributes');
    expect(byAttr({ attributes: {} }).failures).toEqual([
      { path: '(attributes)', condition: 'at least one attribute', actual: 'none' },
    ]);
    const byBody = compileFilterPolicyExplainer({ kind: ['a'] }, 'MessageBody');
    expect(byBody({ body: 'plain text' }).failures[0]!.path).toBe('(body)');
    expect(byBody({ body: '{"kind":"a"}' }).matched).toBe(true);
  });

  it('throws PatternError for every invalid policy', () => {
    for (const c of FILTER_POLICY_INVALID_CASES) {
      expect(() => compileFilterPolicyExplainer(c.policy, c.scope), c.name).toThrow(PatternError);
    }
  });
});
