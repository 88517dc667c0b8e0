import type { Dialect } from './dialect.ts';
import { isLeaf, isPlainObject, show, type Leaf } from './json.ts';
import { numberProblem } from './numeric.ts';
import type { ValueTest } from './conditions.ts';
import { compileOperator } from './operators.ts';

/**
 * The compiled form of one field's value list (`"state": ["a", {"prefix": "b"}]`): the
 * field matches if any entry accepts any of the field's values.
 */
export interface LeafRule {
  /** True when the event value (undefined if the field is absent) satisfies the list. */
  matches(raw: unknown): boolean;
  readonly label: string;
}

const MAX_LABELS = 3;

function labelOf(labels: string[]): string {
  if (labels.length <= MAX_LABELS) return labels.join(' or ');
  return `${labels.slice(0, MAX_LABELS).join(' or ')} or ${labels.length - MAX_LABELS} more`;
}

/** Scalars of a field, with arrays flattened; objects are not values (exists ignores them too). */
function collectLeaves(raw: unknown, out: Leaf[]): Leaf[] {
  if (Array.isArray(raw)) for (const item of raw) collectLeaves(item, out);
  else if (isLeaf(raw)) out.push(raw);
  return out;
}

export function compileLeafRule(
  list: unknown[],
  path: string,
  d: Dialect,
  problems: string[],
): LeafRule | undefined {
  if (list.length === 0) {
    problems.push(`${path}: empty arrays are not allowed (give at least one value to match)`);
    return undefined;
  }
  const exact = new Set<Leaf>();
  const tests: ValueTest[] = [];
  const labels: string[] = [];
  let existsTrue = false;
  let existsFalse = false;
  const before = problems.length;
  list.forEach((entry, i) => {
    // Name the entry only when there is a choice of entries, so simple messages stay simple.
    const at = list.length > 1 ? `${path}[${i}]` : path;
    if (isPlainObject(entry)) {
      const cond = compileOperator(entry, at, d, problems);
      if (!cond) return;
      labels.push(cond.label);
      if (cond.kind === 'exists') {
        if (cond.want) existsTrue = true;
        else existsFalse = true;
      } else tests.push(cond);
    } else if (isLeaf(entry)) {
      if (typeof entry === 'number' && d.limitExactNumbers) {
        const why = numberProblem(entry, d);
        if (why) problems.push(`${at}: ${why}`);
      }
      exact.add(entry);
      labels.push(show(entry));
    } else {
      problems.push(
        `${at}: a match value must be a string, number, true, false, null or an operator object, got ${show(entry)}`,
      );
    }
  });
  if (problems.length > before) return undefined;

  const needsValue = d.existsNeedsValue;
  const present = (leaves: Leaf[]): boolean =>
    needsValue ? leaves.some((v) => v !== null && v !== '') : leaves.length > 0;
  const acceptsValue = (v: Leaf): boolean => {
    if (exact.has(v)) return true;
    for (const t of tests) if (t.test(v)) return true;
    return false;
  };
  const hasExists = existsTrue || existsFalse;
  const everyElement = d.anythingButEveryElement && tests.some((t) => t.exclusion);
  const inclusive = tests.filter((t) => !t.exclusion);
  const exclusions = tests.filter((t) => t.exclusion);
  // Arrays under "every element" rules: exclusions must pass for all values, others for one.
  const acceptsAll = (leaves: Leaf[]): boolean => {
    for (const v of leaves) if (exact.has(v) || inclusive.some((t) => t.test(v))) return true;
    return leaves.length > 0 && exclusions.some((t) => leaves.every((v) => t.test(v)));
  };

  return {
    label: labelOf(labels),
    matches(raw: unknown): boolean {
      // Fast path: a plain scalar needs no array allocation.
      if (!hasExists && isLeaf(raw)) return acceptsValue(raw);
      const leaves = collectLeaves(raw, []);
      if (hasExists) {
        const here = present(leaves);
        if ((existsTrue && here) || (existsFalse && !here)) return true;
      }
      if (everyElement) return acceptsAll(leaves);
      for (const v of leaves) if (acceptsValue(v)) return true;
      return false;
    },
  };
}
