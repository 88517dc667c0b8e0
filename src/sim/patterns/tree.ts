import type { Dialect } from './dialect.ts';
import { isPlainObject, joinPath, show } from './json.ts';
import { compileLeafRule, type LeafRule } from './leafRule.ts';
import { OPERATOR_NAMES } from './operators.ts';

/** A compiled pattern object: every field rule must hold, and in every `$or` one branch must. */
export interface PatternNode {
  readonly fields: readonly FieldRule[];
  readonly ors: readonly OrGroup[];
}

export type FieldRule =
  | { readonly kind: 'leaf'; readonly key: string; readonly rule: LeafRule }
  | { readonly kind: 'object'; readonly key: string; readonly node: PatternNode };

export interface OrGroup {
  readonly branches: readonly PatternNode[];
}

export const OR_KEY = '$or';

/**
 * Compiles a parsed pattern. Problems are collected (not thrown) with the path of the
 * pattern element they are about; `$or` branches show as `$or[i]` in those paths.
 */
export function compileTree(pattern: unknown, d: Dialect, problems: string[]): PatternNode | undefined {
  if (!isPlainObject(pattern)) {
    const got = Array.isArray(pattern) ? 'an array' : show(pattern);
    problems.push(`the pattern must be a JSON object, got ${got}`);
    return undefined;
  }
  const before = problems.length;
  const node = compileObject(pattern, '', false, d, problems);
  return problems.length > before ? undefined : node;
}

function compileObject(
  obj: Record<string, unknown>,
  path: string,
  inOr: boolean,
  d: Dialect,
  problems: string[],
): PatternNode {
  const fields: FieldRule[] = [];
  const ors: OrGroup[] = [];
  const keys = Object.keys(obj);
  if (keys.length === 0)
    problems.push(`${path || 'the pattern'}: empty objects are not allowed (name at least one field)`);
  for (const key of keys) {
    const value = obj[key];
    const at = joinPath(path, key);
    if (key === OR_KEY) {
      const group = compileOr(value, at, d, problems);
      if (group) ors.push(group);
      continue;
    }
    if (inOr && OPERATOR_NAMES.has(key)) {
      problems.push(`${at}: "${key}" is an operator and cannot be used as a field name inside $or`);
      continue;
    }
    if (Array.isArray(value)) {
      const rule = compileLeafRule(value, at, d, problems);
      if (rule) fields.push({ kind: 'leaf', key, rule });
    } else if (isPlainObject(value)) {
      fields.push({ kind: 'object', key, node: compileObject(value, at, inOr, d, problems) });
    } else {
      problems.push(
        `${at}: must be an array of values to match or an object of nested fields, got ${show(value)} (write [${show(value)}])`,
      );
    }
  }
  return { fields, ors };
}

function compileOr(value: unknown, path: string, d: Dialect, problems: string[]): OrGroup | undefined {
  if (!Array.isArray(value) || value.length < 2) {
    problems.push(`${path}: $or needs an array of at least two objects, got ${show(value)}`);
    return undefined;
  }
  const branches: PatternNode[] = [];
  value.forEach((branch, i) => {
    const at = `${path}[${i}]`;
    if (!isPlainObject(branch))
      problems.push(`${at}: each $or branch must be an object, got ${show(branch)}`);
    else branches.push(compileObject(branch, at, true, d, problems));
  });
  return { branches };
}

/** How many plain AND-patterns the `$or`s expand into (the EventBridge complexity measure). */
export function countExpansions(node: PatternNode): number {
  let total = 1;
  for (const f of node.fields) if (f.kind === 'object') total *= countExpansions(f.node);
  for (const group of node.ors) {
    let sum = 0;
    for (const b of group.branches) sum += countExpansions(b);
    total *= sum;
  }
  return total;
}
