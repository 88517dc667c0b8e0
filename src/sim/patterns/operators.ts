import { cidrContains, parseCidr, parseIp } from './cidr.ts';
import type { Dialect } from './dialect.ts';
import { isPlainObject, show } from './json.ts';
import { anythingBut } from './anythingBut.ts';
import { lower, value, wildcardTest, type Condition, type ValueTest } from './conditions.ts';
import { inRange, parseNumeric } from './numeric.ts';

const OPERATORS = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
];

/** Operator names cannot be field names inside `$or` (aws/event-ruler reserves them there). */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(OPERATORS);

type Problems = string[];

function stringOperand(op: string, operand: unknown, path: string, problems: Problems): string | undefined {
  if (typeof operand === 'string') return operand;
  problems.push(`${path}: ${op} needs a string, got ${show(operand)}`);
  return undefined;
}

/** prefix / suffix, optionally wrapped in `{ "equals-ignore-case": ... }`. */
function affix(
  op: 'prefix' | 'suffix',
  operand: unknown,
  path: string,
  d: Dialect,
  problems: Problems,
): ValueTest | undefined {
  const at =
    op === 'prefix' ? (s: string, a: string) => s.startsWith(a) : (s: string, a: string) => s.endsWith(a);
  if (isPlainObject(operand)) {
    const keys = Object.keys(operand);
    if (!d.ignoreCaseAffixes || keys.length !== 1 || keys[0] !== 'equals-ignore-case') {
      const allowed = d.ignoreCaseAffixes ? ' (only {"equals-ignore-case": "..."} is allowed)' : '';
      problems.push(`${path}: ${d.service} does not support ${op} with ${show(operand)}${allowed}`);
      return undefined;
    }
    const text = stringOperand(`${op} equals-ignore-case`, operand['equals-ignore-case'], path, problems);
    if (text === undefined) return undefined;
    const folded = lower(text);
    return value(`${op} ${show(text)} (any case)`, (v) => typeof v === 'string' && at(lower(v), folded));
  }
  const text = stringOperand(op, operand, path, problems);
  if (text === undefined) return undefined;
  return value(`${op} ${show(text)}`, (v) => typeof v === 'string' && at(v, text));
}

export function compileOperator(
  expr: Record<string, unknown>,
  path: string,
  d: Dialect,
  problems: Problems,
): Condition | undefined {
  const keys = Object.keys(expr);
  if (keys.length !== 1) {
    problems.push(
      `${path}: an operator object needs exactly one key, got ${keys.length === 0 ? 'none' : keys.map((k) => show(k)).join(', ')}`,
    );
    return undefined;
  }
  const op = keys[0] ?? '';
  const operand = expr[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
      return affix(op, operand, path, d, problems);
    case 'equals-ignore-case': {
      const text = stringOperand(op, operand, path, problems);
      if (text === undefined) return undefined;
      const folded = lower(text);
      return value(`equals-ignore-case ${show(text)}`, (v) => typeof v === 'string' && lower(v) === folded);
    }
    case 'wildcard': {
      if (!d.wildcard) break;
      const text = stringOperand(op, operand, path, problems);
      const test = text === undefined ? undefined : wildcardTest(text, path, problems);
      return test && value(`wildcard ${show(text)}`, (v) => typeof v === 'string' && test(v));
    }
    case 'numeric': {
      const range = parseNumeric(operand, path, d, problems);
      return (
        range &&
        value(range.label, (v) => typeof v === 'number' && Math.abs(v) <= d.numericLimit && inRange(range, v))
      );
    }
    case 'exists':
      if (typeof operand !== 'boolean') {
        problems.push(`${path}: exists needs true or false, got ${show(operand)}`);
        return undefined;
      }
      return { kind: 'exists', want: operand, label: operand ? 'exists' : 'does not exist' };
    case 'cidr': {
      const block = typeof operand === 'string' ? parseCidr(operand) : undefined;
      if (!block) {
        problems.push(
          `${path}: cidr needs an IPv4 or IPv6 block such as "10.0.0.0/24" or "2001:db8::/32", got ${show(operand)}`,
        );
        return undefined;
      }
      return value(`cidr ${String(operand)}`, (v) => {
        const ip = typeof v === 'string' ? parseIp(v) : undefined;
        return ip !== undefined && cidrContains(block, ip);
      });
    }
    case 'anything-but':
      return anythingBut(operand, path, d, problems);
  }
  const known = OPERATORS.filter((o) => d.wildcard || o !== 'wildcard').join(', ');
  const why = OPERATOR_NAMES.has(op)
    ? `${d.service} does not support ${show(op)}`
    : `unknown operator ${show(op)}`;
  problems.push(`${path}: ${why} (expected one of ${known})`);
  return undefined;
}
