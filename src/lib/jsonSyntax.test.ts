import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, findJsonSyntaxError } from './jsonSyntax';

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every shape', () => {
    for (const text of [
      '{}',
      '[]',
      '"a\\n\\u00e9"',
      '-1.5e+3',
      'true',
      ' null ',
      '{"a":[1,{"b":false}],"c":"d"}',
    ]) {
      expect(findJsonSyntaxError(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('says a cut-off file is truncated, at its end, with the open brackets counted', () => {
    const e = findJsonSyntaxError('{\n  "nodes": [\n    {"id": "a"');
    expect(e).toMatchObject({ line: 3, column: 15, truncated: true });
    expect(e?.message).toContain('3 unclosed brackets');
  });

  it('finds an unterminated string as truncated', () => {
    expect(findJsonSyntaxError('{"name": "half')).toMatchObject({
      truncated: true,
      message: expect.stringContaining('inside a string'),
    });
  });

  it('names trailing commas, single quotes, NaN and garbage after the value, with line and column', () => {
    expect(findJsonSyntaxError('[1,\n2,\n]')).toMatchObject({
      line: 3,
      column: 1,
      message: expect.stringContaining('trailing commas'),
    });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({
      line: 1,
      column: 2,
      message: expect.stringContaining('double quotes'),
    });
    expect(findJsonSyntaxError('{"a": NaN}')).toMatchObject({
      column: 7,
      message: expect.stringContaining('NaN is not allowed'),
    });
    expect(findJsonSyntaxError('{"a": 1}}')).toMatchObject({
      column: 9,
      message: expect.stringContaining('after the end'),
    });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({
      column: 6,
      message: expect.stringContaining("expected ':'"),
    });
    expect(findJsonSyntaxError('[01]')).toMatchObject({
      column: 2,
      message: expect.stringContaining('invalid number'),
    });
    expect(findJsonSyntaxError('["a\nb"]')).toMatchObject({ line: 1, column: 4, truncated: false });
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({ truncated: true });
  });
});

describe('findExcessiveNesting', () => {
  it('finds the first bracket past the limit, ignoring brackets inside strings', () => {
    expect(findExcessiveNesting('{"a":[[1]]}', 3)).toBeNull();
    expect(findExcessiveNesting('{"a":\n[[[1]]]}', 3)).toMatchObject({
      line: 2,
      column: 3,
      message: 'nested more than 3 levels deep',
    });
    expect(findExcessiveNesting('{"a":"[[[[[\\"[[[["}', 2)).toBeNull();
  });
});
