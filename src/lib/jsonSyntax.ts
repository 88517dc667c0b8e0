/** Where a JSON text stops being JSON, in terms a person can find in an editor. */
export interface JsonSyntaxError {
  /** Offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters from the start of the line. */
  readonly column: number;
  readonly message: string;
  /** True when the text ends before the JSON is complete (a cut-off download, a partial copy). */
  readonly truncated: boolean;
}

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

/**
 * Finds the first syntax error of a JSON text, or null if it is valid JSON. Engines word
 * JSON.parse errors differently (and some give no position), so this scans the text itself.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const n = text.length;
  const fail = (at: number, message: string, truncated = false) => locate(text, at, message, truncated);

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (i >= n) {
      if (expect === 'after' && closers.length === 0) return null;
      const open =
        closers.length > 0
          ? ` (${closers.length} unclosed ${closers.length === 1 ? 'bracket' : 'brackets'})`
          : '';
      return fail(n, `the file ends before the JSON is complete${open}: it looks truncated`, true);
    }
    const c = text[i]!;
    if (expect === 'after') {
      const closer = closers[closers.length - 1];
      if (closer === undefined) return fail(i, `unexpected ${show(text, i)} after the end of the JSON value`);
      if (c === ',') {
        expect = closer === '}' ? 'key' : 'value';
        afterComma = true;
        i++;
      } else if (c === closer) {
        closers.pop();
        i++;
      } else {
        return fail(i, `expected ',' or '${closer}' but found ${show(text, i)}`);
      }
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ':' after the property name but found ${show(text, i)}`);
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c === '}' && expect === 'firstKey') {
        closers.pop();
        expect = 'after';
        i++;
        continue;
      }
      if (c === '}' && afterComma) return fail(i, 'a comma before } (JSON does not allow trailing commas)');
      if (c === "'") return fail(i, 'a single-quoted property name (JSON uses double quotes)');
      if (c !== '"') return fail(i, `expected a property name in double quotes but found ${show(text, i)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.message, end.truncated);
      i = end;
      expect = 'colon';
      afterComma = false;
      continue;
    }
    // A value is expected.
    if (c === ']' && expect === 'firstValue') {
      closers.pop();
      expect = 'after';
      i++;
      continue;
    }
    if (c === ']' && afterComma) return fail(i, 'a comma before ] (JSON does not allow trailing commas)');
    afterComma = false;
    if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      expect = c === '{' ? 'firstKey' : 'firstValue';
      i++;
      continue;
    }
    const end =
      c === '"'
        ? scanString(text, i)
        : c === '-' || (c >= '0' && c <= '9')
          ? scanNumber(text, i)
          : scanLiteral(text, i);
    if (typeof end !== 'number') return fail(end.at, end.message, end.truncated);
    i = end;
    expect = 'after';
  }
}

interface ScanError {
  at: number;
  message: string;
  truncated: boolean;
}

function scanString(text: string, start: number): number | ScanError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        at: i,
        message: 'a line break or control character inside a string (write it as \\n or \\uXXXX)',
        truncated: false,
      };
    if (code === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          if (i + 6 > text.length) break;
          return {
            at: i,
            message: 'an invalid \\u escape in a string (it needs 4 hex digits)',
            truncated: false,
          };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e))
        return { at: i, message: `an invalid escape \\${e} in a string`, truncated: false };
      i += 2;
      continue;
    }
    i++;
  }
  return { at: text.length, message: 'the file ends inside a string: it looks truncated', truncated: true };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(text: string, start: number): number | ScanError {
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  if (!m || m[0] === '-')
    return { at: start, message: `an invalid number ${show(text, start)}`, truncated: false };
  const end = start + m[0].length;
  const next = text[end];
  if (next !== undefined && /[0-9.eE+\-xX]/.test(next)) {
    return {
      at: start,
      message: `an invalid number ${show(text, start)} (JSON numbers have no leading zeros, hex or trailing dots)`,
      truncated: false,
    };
  }
  return end;
}

function scanLiteral(text: string, start: number): number | ScanError {
  const rest = text.slice(start, start + 5);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, start)) return start + word.length;
    if (start + rest.length === text.length && word.startsWith(rest)) {
      return {
        at: text.length,
        message: 'the file ends inside a value: it looks truncated',
        truncated: true,
      };
    }
  }
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(start, start + 32))?.[0];
  if (word === 'NaN' || word === 'Infinity' || word === 'undefined')
    return { at: start, message: `${word} is not allowed in JSON (use null or a number)`, truncated: false };
  if (text[start] === "'")
    return {
      at: start,
      message: 'a single-quoted string (JSON strings use double quotes)',
      truncated: false,
    };
  if (word !== undefined)
    return {
      at: start,
      message: `unexpected word ${JSON.stringify(word)} where a value should be (strings need double quotes)`,
      truncated: false,
    };
  return { at: start, message: `expected a value but found ${show(text, start)}`, truncated: false };
}

function show(text: string, at: number): string {
  const c = text.codePointAt(at);
  if (c === undefined) return 'the end of the file';
  if (c < 0x20 || (c >= 0x7f && c < 0xa0))
    return `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(c)}'`;
}

function locate(text: string, offset: number, message: string, truncated: boolean): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset, line, column: offset - lineStart + 1, message, truncated };
}

/**
 * Where a JSON text first nests deeper than `limit` arrays and objects, or null. Deep nesting
 * is valid JSON but breaks recursive code downstream (serializers, renderers), so loaders
 * refuse it. Brackets inside strings do not count.
 */
export function findExcessiveNesting(text: string, limit: number): JsonSyntaxError | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return locate(text, i, `nested more than ${limit} levels deep`, false);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}
