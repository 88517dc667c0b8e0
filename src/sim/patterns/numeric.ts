import type { Dialect } from './dialect.ts';
import { show } from './json.ts';

/** Decimal places of a number as JSON would print it (1.5e-7 has 8). */
export function decimalPlaces(n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  if (!m) return 0;
  const fraction = m[2]?.length ?? 0;
  const exponent = m[3] ? Number(m[3]) : 0;
  return Math.max(0, fraction - exponent);
}

/** Problem text for a number outside what the service can compare, or undefined. */
export function numberProblem(n: number, d: Dialect): string | undefined {
  if (!Number.isFinite(n) || Math.abs(n) > d.numericLimit) {
    const limit = `${d.numericLimit / 1e9}e9`;
    return `${show(n)} is outside the range ${d.service} compares (-${limit} to ${limit})`;
  }
  if (decimalPlaces(n) > d.numericDecimals) {
    return `${show(n)} has more than ${d.numericDecimals} decimal places`;
  }
  return undefined;
}

export interface NumericRange {
  readonly low: number;
  readonly lowInclusive: boolean;
  readonly high: number;
  readonly highInclusive: boolean;
  readonly label: string;
}

const OPERATORS = new Set(['=', '<', '<=', '>', '>=']);

/**
 * Reads `[op, n]` or `[">"|">=", low, "<"|"<=", high]`, the only shapes the services accept
 * (aws/event-ruler JsonRuleCompiler: "=" stands alone and a range goes from low to high).
 */
export function parseNumeric(
  spec: unknown,
  path: string,
  d: Dialect,
  problems: string[],
): NumericRange | undefined {
  const fail = (why: string): undefined => {
    problems.push(`${path}: ${why}`);
    return undefined;
  };
  if (!Array.isArray(spec) || spec.length === 0) {
    return fail(`numeric needs a list such as [">", 0, "<=", 5], got ${show(spec)}`);
  }
  const terms: Array<{ op: string; n: number }> = [];
  for (let i = 0; i < spec.length; i += 2) {
    const op: unknown = spec[i];
    const n: unknown = spec[i + 1];
    if (typeof op !== 'string' || !OPERATORS.has(op)) {
      return fail(`numeric needs an operator (=, <, <=, >, >=) here, got ${show(op)}`);
    }
    if (typeof n !== 'number') {
      const got = i + 1 < spec.length ? show(n) : `nothing after ${show(op)}`;
      return fail(`numeric needs an operator followed by a number, got ${got}`);
    }
    const why = numberProblem(n, d);
    if (why) return fail(`numeric value ${why}`);
    terms.push({ op, n });
  }
  if (terms.length > 2) return fail(`numeric takes one comparison or a range of two, got ${terms.length}`);
  const [a, b] = terms;
  if (!a) return undefined;
  if (!b) {
    const full = {
      low: -Infinity,
      lowInclusive: false,
      high: Infinity,
      highInclusive: false,
      label: `numeric ${a.op} ${a.n}`,
    };
    if (a.op === '=') return { ...full, low: a.n, high: a.n, lowInclusive: true, highInclusive: true };
    if (a.op === '>' || a.op === '>=') return { ...full, low: a.n, lowInclusive: a.op === '>=' };
    return { ...full, high: a.n, highInclusive: a.op === '<=' };
  }
  if (a.op === '=' || b.op === '=') return fail('numeric "=" cannot be combined with another comparison');
  if (a.op !== '>' && a.op !== '>=') return fail(`a numeric range starts with > or >=, got ${show(a.op)}`);
  if (b.op !== '<' && b.op !== '<=') return fail(`a numeric range ends with < or <=, got ${show(b.op)}`);
  if (!(a.n < b.n)) return fail(`numeric range is empty: ${a.n} is not below ${b.n}`);
  return {
    low: a.n,
    lowInclusive: a.op === '>=',
    high: b.n,
    highInclusive: b.op === '<=',
    label: `numeric ${a.op} ${a.n}, ${b.op} ${b.n}`,
  };
}

export function inRange(r: NumericRange, n: number): boolean {
  const aboveLow = r.lowInclusive ? n >= r.low : n > r.low;
  return aboveLow && (r.highInclusive ? n <= r.high : n < r.high);
}
