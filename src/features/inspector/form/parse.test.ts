import { describe, expect, it } from 'vitest';
import { validateEventPattern } from '../../../sim/patterns';
import { describeDistribution, convertDistribution } from './distribution';
import { jsonFormat, jsonParse } from './jsonParse';
import { rowsToRecord, recordToRows } from './keyValue';
import { describeSeconds, parseNumber } from './parse';

describe('parseNumber', () => {
  const p = parseNumber('Memory');
  it('reads numbers as people type them', () => {
    expect(p('10,240')).toEqual({ value: 10_240 });
    expect(p(' 1_000 ')).toEqual({ value: 1000 });
    expect(p('1.5e3')).toEqual({ value: 1500 });
    expect(p('-1')).toEqual({ value: -1 });
  });
  it('refuses words and empty text unless nullable', () => {
    expect(p('12abc')).toEqual({ error: 'Memory must be a number.' });
    expect(p('')).toEqual({ error: 'Memory is required.' });
    expect(parseNumber('Reserved', true)('')).toEqual({ value: null });
  });
});

describe('describeSeconds', () => {
  it('shows days, hours and minutes', () => {
    expect(describeSeconds(345_600)).toBe('4 days');
    expect(describeSeconds(21_600)).toBe('6 hours');
    expect(describeSeconds(5_400)).toBe('1 hour 30 minutes');
    expect(describeSeconds(30)).toBeNull();
  });
});

describe('jsonParse', () => {
  const pattern = jsonParse({ label: 'Event pattern', mode: 'object', check: validateEventPattern });
  it('gives the line and column of a syntax error', () => {
    const r = pattern('{\n  "source": ["a",]\n}');
    expect('error' in r && r.error).toMatch(
      /^Event pattern is not valid JSON: line 2, column 18: a comma before \]/,
    );
  });
  it('refuses a non-object and an invalid pattern', () => {
    expect(pattern('[1]')).toEqual({ error: 'Event pattern must be a JSON object ({ ... }).' });
    const r = pattern('{"source": "not-an-array"}');
    expect('error' in r).toBe(true);
  });
  it('accepts a valid pattern as an object', () => {
    expect(pattern('{"source": ["shop"]}')).toEqual({ value: { source: ['shop'] } });
  });
  it('keeps text mode as text and empty as null when nullable', () => {
    const text = jsonParse({ label: 'Input', mode: 'text', nullable: true });
    expect(text('{"a": 1}')).toEqual({ value: '{"a": 1}' });
    expect(text('  ')).toEqual({ value: null });
    expect(jsonFormat('object')({ a: 1 })).toBe('{\n  "a": 1\n}');
    const pattern = { source: ['shop'], detail: { total: [{ numeric: ['>', 100] }] } };
    const pretty = jsonFormat('object')(pattern);
    expect(pretty).toBe('{\n  "source": ["shop"],\n  "detail": { "total": [{ "numeric": [">", 100] }] }\n}');
    expect(JSON.parse(pretty)).toEqual(pattern);
  });
});

describe('key/value rows', () => {
  it('round-trips and ignores blank rows', () => {
    expect(rowsToRecord([...recordToRows({ A: '1' }), ['', '']], 'variable')).toEqual({ value: { A: '1' } });
  });
  it('refuses duplicates and values without names', () => {
    expect(
      rowsToRecord(
        [
          ['A', '1'],
          ['A', '2'],
        ],
        'variable',
      ),
    ).toEqual({ error: 'The variable "A" appears twice.' });
    expect('error' in rowsToRecord([['', 'x']], 'header')).toBe(true);
  });
});

describe('describeDistribution', () => {
  it('gives median and p99 of a log-normal', () => {
    expect(describeDistribution({ type: 'lognormal', median: 40, sigma: 0.4 })).toBe(
      'median 40 ms, p99 ≈ 101 ms',
    );
    expect(describeDistribution({ type: 'constant', value: 5 })).toBe('always 5 ms');
    expect(describeDistribution({ type: 'empirical', samples: [3, 1, 2] })).toBe(
      '3 samples, median 2 ms, p99 3 ms',
    );
  });
  it('keeps the scale when the type changes', () => {
    expect(convertDistribution({ type: 'lognormal', median: 40, sigma: 0.4 }, 'uniform')).toEqual({
      type: 'uniform',
      min: 20,
      max: 60,
    });
  });
});
