import type { Dialect } from './dialect.ts';
import { isPlainObject, show, type Leaf } from './json.ts';
import { numberProblem } from './numeric.ts';
import { lower, value, wildcardTest, type ValueTest } from './conditions.ts';

/**
 * anything-but matches a value that is present and not excluded; a missing field does not
 * match. Decision from the EventBridge user guide (eb-create-pattern-operators: anything-but
 * "matches anything except what's provided in the rule", and exists: false is the documented
 * way to match an absent field) and the SNS guide (string-value-matching: "anything-but can
 * be combined with exists: false", needed only because anything-but alone skips absent keys);
 * the engine (aws/event-ruler) only tests values that exist. Exclusions are typed, so
 * `anything-but: "5"` still lets the number 5 through, and string forms (prefix, suffix,
 * ignore-case, wildcard) let non-strings through, as the engine compares JSON text.
 */
export function anythingBut(
  operand: unknown,
  path: string,
  d: Dialect,
  problems: string[],
): ValueTest | undefined {
  if (isPlainObject(operand)) return anythingButForm(operand, path, d, problems);
  const list = Array.isArray(operand) ? operand : [operand];
  const allStrings = list.length > 0 && list.every((v) => typeof v === 'string');
  const allNumbers = list.length > 0 && list.every((v) => typeof v === 'number');
  if (!allStrings && !allNumbers) {
    const why =
      list.length > 1 && list.every((v) => typeof v === 'string' || typeof v === 'number')
        ? 'a list of only strings or only numbers (not both)'
        : 'a string, a number, or a non-empty list of strings or of numbers';
    problems.push(`${path}: anything-but needs ${why}, got ${show(operand)}`);
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
  return value(`anything-but ${show(operand)}`, (v) => !excluded.has(v), true);
}

function anythingButForm(
  operand: Record<string, unknown>,
  path: string,
  d: Dialect,
  problems: string[],
): ValueTest | undefined {
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
      problems.push(
        `${path}: anything-but ${form} needs ${d.anythingButFormLists ? 'a string or a list of strings' : 'a string'}, got ${show(raw)}`,
      );
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
  return value(label, (v) => typeof v !== 'string' || !hit(v), true);
}
