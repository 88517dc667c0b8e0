import { cidrContains, parseCidr, parseIp } from './cidr.ts';
import type { Dialect } from './dialect.ts';
import { isPlainObject, show, type Leaf } from './json.ts';
import { inRange, numberProblem, parseNumeric } from './numeric.ts';
import { matchWildcard, parseWildcard } from './wildcard.ts';

/** One compiled operator: a predicate over a single scalar plus the text a UI shows for it. */
export interface ValueTest {
  readonly kind: 'value';
  readonly label: string;
  test(value: Leaf): boolean;
}

export interface ExistsTest {
  readonly kind: 'exists';
  readonly label: string;
  readonly want: boolean;
}

export type Condition = ValueTest | ExistsTest;

const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr'];

/** Operator names cannot be field names inside `$or` (aws/event-ruler reserves them there). */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(OPERATORS);

type Problems = string[];

function value(label: string, test: (v: Leaf) => boolean): ValueTest {
  return { kind: 'value', label, test };
}

const lower = (s: string): string => s.toLowerCase();

function stringOperand(op: string, operand: unknown, path: string, problems: Problems): string | undefined {
  if (typeof operand === 'string') return operand;
  problems.push(`${path}: ${op} needs a string, got ${show(operand)}`);
  return undefined;
}

/** prefix / suffix, optionally wrapped in `{ "equals-ignore-case": ... }`. */
function affix(op: 'prefix' | 'suffix', operand: unknown, path: string, d: Dialect, problems: Problems): ValueTest | undefined {
  const at = op === 'prefix' ? (s: string, a: string) => s.startsWith(a) : (s: string, a: string) => s.endsWith(a);
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

function wildcardTest(pattern: string, path: string, problems: Problems): ((s: string) => boolean) | undefined {
  const parsed = parseWildcard(pattern);
  if (!parsed.ok) {
    problems.push(`${path}: wildcard ${show(pattern)} ${parsed.error}`);
    return undefined;
  }
  return (s) => matchWildcard(parsed.segments, s);
}

export function compileOperator(
  expr: Record<string, unknown>,
  path: string,
  d: Dialect,
  problems: Problems,
): Condition | undefined {
  const keys = Object.keys(expr);
  if (keys.length !== 1) {
    problems.push(`${path}: an operator object needs exactly one key, got ${keys.length === 0 ? 'none' : keys.map((k) => show(k)).join(', ')}`);
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
      return range && value(range.label, (v) => typeof v === 'number' && Math.abs(v) <= d.numericLimit && inRange(range, v));
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
        problems.push(`${path}: cidr needs an IPv4 or IPv6 block such as "10.0.0.0/24" or "2001:db8::/32", got ${show(operand)}`);
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
  const why = OPERATOR_NAMES.has(op) ? `${d.service} does not support ${show(op)}` : `unknown operator ${show(op)}`;
  problems.push(`${path}: ${why} (expected one of ${known})`);
  return undefined;
}

/**
 * anything-but matches a value that is present and not excluded. Exclusions are typed, so
 * `anything-but: "5"` still lets the number 5 through, and string forms (prefix, suffix,
 * ignore-case, wildcard) let non-strings through, as the engine compares JSON text.
 */
function anythingBut(operand: unknown, path: string, d: Dialect, problems: Problems): ValueTest | undefined {
  if (isPlainObject(operand)) return anythingButForm(operand, path, d, problems);
  const list = Array.isArray(operand) ? operand : [operand];
  const allStrings = list.length > 0 && list.every((v) => typeof v === 'string');
  const allNumbers = list.length > 0 && list.every((v) => typeof v === 'number');
  if (!allStrings && !allNumbers) {
    problems.push(`${path}: anything-but needs a string, a number, or a non-empty list of only strings or only numbers, got ${show(operand)}`);
    return undefined;
  }
  if (allNumbers) {
    for (const n of list as number[]) {
      const why = numberProblem(n, d);
      if (why) {
        problems.push(`${path}: anything-but value ${why}`);
        return undefined;
      }
    }
  }
  const excluded = new Set<Leaf>(list as Leaf[]);
  return value(`anything-but ${show(operand)}`, (v) => !excluded.has(v));
}

function anythingButForm(operand: Record<string, unknown>, path: string, d: Dialect, problems: Problems): ValueTest | undefined {
  const keys = Object.keys(operand);
  const form = keys[0] ?? '';
  if (keys.length !== 1 || !d.anythingButForms.has(form)) {
    const allowed = [...d.anythingButForms].join(', ');
    problems.push(`${path}: ${d.service} supports anything-but with ${allowed} only, got ${show(operand)}`);
    return undefined;
  }
  const raw = operand[form];
  const list = Array.isArray(raw) && d.anythingButFormLists ? raw : [raw];
  const texts: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      problems.push(`${path}: anything-but ${form} needs ${d.anythingButFormLists ? 'a string or a list of strings' : 'a string'}, got ${show(raw)}`);
      return undefined;
    }
    if (item === '' && (form === 'prefix' || form === 'suffix')) {
      problems.push(`${path}: anything-but ${form} cannot be empty`);
      return undefined;
    }
    texts.push(item);
  }
  if (texts.length === 0) {
    problems.push(`${path}: anything-but ${form} needs at least one string`);
    return undefined;
  }
  const label = `anything-but ${form} ${show(raw)}`;
  let hit: (s: string) => boolean;
  if (form === 'prefix') hit = (s) => texts.some((t) => s.startsWith(t));
  else if (form === 'suffix') hit = (s) => texts.some((t) => s.endsWith(t));
  else if (form === 'equals-ignore-case') {
    const folded = new Set(texts.map(lower));
    hit = (s) => folded.has(lower(s));
  } else {
    const tests: Array<(s: string) => boolean> = [];
    for (const t of texts) {
      const test = wildcardTest(t, path, problems);
      if (!test) return undefined;
      tests.push(test);
    }
    hit = (s) => tests.some((t) => t(s));
  }
  return value(label, (v) => typeof v !== 'string' || !hit(v));
}
