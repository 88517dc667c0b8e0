import { SNS, SNS_ATTRIBUTES } from './dialect.ts';
import { PatternError } from './errors.ts';
import { explainNode, matchNode, type Explanation, type MatchFailure } from './evaluate.ts';
import { isPlainObject, joinPath, readJsonInput, utf8Length } from './json.ts';
import { attributesView, bodyView, type FilterPolicyScope, type SnsMessage } from './snsMessage.ts';
import { compileTree, OR_KEY, type PatternNode } from './tree.ts';

// SNS developer guide, subscription-filter-policy-constraints.
export const FILTER_POLICY_MAX_KEYS = 5;
export const FILTER_POLICY_MAX_COMBINATIONS = 150;
export const FILTER_POLICY_MAX_BYTES = 256 * 1024;

export type MessageMatcher = (message: SnsMessage) => boolean;
export type FilterPolicyExplainer = (message: SnsMessage) => Explanation;

/** Top-level keys; `$or` branches add theirs ("for a nested policy, only parent keys are counted"). */
function topLevelKeys(obj: Record<string, unknown>, into: Set<string>): Set<string> {
  for (const [key, value] of Object.entries(obj)) {
    if (key !== OR_KEY) into.add(key);
    else if (Array.isArray(value)) for (const b of value) if (isPlainObject(b)) topLevelKeys(b, into);
  }
  return into;
}

/**
 * The documented complexity: multiply the number of values in each array, weighting each
 * array by how deep its key is nested (the guide's example: 3 x 4 x 2 x 3 = 72). `$or`
 * branches are alternatives, so their counts add up.
 */
export function countCombinations(obj: Record<string, unknown>, depth = 1): number {
  let total = 1;
  for (const [key, value] of Object.entries(obj)) {
    if (key === OR_KEY && Array.isArray(value)) {
      let sum = 0;
      for (const b of value) if (isPlainObject(b)) sum += countCombinations(b, depth);
      total *= sum;
    } else if (Array.isArray(value)) total *= value.length * depth;
    else if (isPlainObject(value)) total *= countCombinations(value, depth + 1);
  }
  return total;
}

function flatOnly(obj: Record<string, unknown>, path: string, problems: string[]): void {
  for (const [key, value] of Object.entries(obj)) {
    const at = joinPath(path, key);
    if (key === OR_KEY && Array.isArray(value)) {
      value.forEach((b, i) => isPlainObject(b) && flatOnly(b, `${at}[${i}]`, problems));
    } else if (isPlainObject(value)) {
      problems.push(
        `${at}: nested keys need FilterPolicyScope MessageBody; a MessageAttributes policy is flat`,
      );
    }
  }
}

function build(policy: unknown, scope: FilterPolicyScope): { node?: PatternNode; problems: string[] } {
  const problems: string[] = [];
  if (scope !== 'MessageAttributes' && scope !== 'MessageBody') {
    return {
      problems: [`unknown FilterPolicyScope ${JSON.stringify(scope)} (use MessageAttributes or MessageBody)`],
    };
  }
  const input = readJsonInput(policy, 'the filter policy', problems);
  if (!input) return { problems };
  if (input.text !== undefined && utf8Length(input.text) > FILTER_POLICY_MAX_BYTES) {
    problems.push(`the filter policy is larger than SNS allows (256 KB)`);
  }
  const node = compileTree(input.value, scope === 'MessageBody' ? SNS : SNS_ATTRIBUTES, problems);
  const raw = input.value;
  if (node && isPlainObject(raw)) {
    if (scope === 'MessageAttributes') flatOnly(raw, '', problems);
    const keys = topLevelKeys(raw, new Set());
    if (keys.size > FILTER_POLICY_MAX_KEYS) {
      problems.push(`the filter policy has ${keys.size} keys; SNS allows at most ${FILTER_POLICY_MAX_KEYS}`);
    }
    const combos = countCombinations(raw);
    if (combos > FILTER_POLICY_MAX_COMBINATIONS) {
      problems.push(
        `the filter policy has ${combos} combinations of values; SNS allows at most ${FILTER_POLICY_MAX_COMBINATIONS}`,
      );
    }
  }
  return problems.length > 0 ? { problems } : { node, problems };
}

/** Every reason the policy is invalid for this scope; empty when it is valid. */
export function validateFilterPolicy(
  policy: unknown,
  scope: FilterPolicyScope = 'MessageAttributes',
): string[] {
  return build(policy, scope).problems;
}

function compiled(policy: unknown, scope: FilterPolicyScope): PatternNode {
  const { node, problems } = build(policy, scope);
  if (!node) throw new PatternError(problems, 'filter policy');
  return node;
}

type Target = { obj: Record<string, unknown> } | { failure: MatchFailure };

function target(message: SnsMessage, scope: FilterPolicyScope): Target {
  if (scope === 'MessageBody') {
    const obj = bodyView(message.body);
    return obj
      ? { obj }
      : { failure: { path: '(body)', condition: 'a JSON object', actual: 'not a JSON object' } };
  }
  const obj = attributesView(message.attributes);
  // key-matching guide: with no attributes at all, even "exists": false does not match.
  if (Object.keys(obj).length === 0) {
    return { failure: { path: '(attributes)', condition: 'at least one attribute', actual: 'none' } };
  }
  return { obj };
}

/** Compiles once (throws PatternError when invalid); the result decides delivery per message. */
export function compileFilterPolicy(
  policy: unknown,
  scope: FilterPolicyScope = 'MessageAttributes',
): MessageMatcher {
  const node = compiled(policy, scope);
  return (message) => {
    const t = target(message, scope);
    return 'obj' in t && matchNode(node, t.obj);
  };
}

export function matchesFilterPolicy(
  policy: unknown,
  message: SnsMessage,
  scope: FilterPolicyScope = 'MessageAttributes',
): boolean {
  return compileFilterPolicy(policy, scope)(message);
}

/**
 * Compiles once (throws PatternError when invalid); the result says why a subscription would
 * (not) receive each message, walking the same compiled tree as compileFilterPolicy's matcher.
 */
export function compileFilterPolicyExplainer(
  policy: unknown,
  scope: FilterPolicyScope = 'MessageAttributes',
): FilterPolicyExplainer {
  const node = compiled(policy, scope);
  return (message) => {
    const t = target(message, scope);
    if (!('obj' in t)) return { matched: false, failures: [t.failure] };
    const failures: MatchFailure[] = [];
    const matched = explainNode(node, t.obj, '', failures);
    return { matched, failures: matched ? [] : failures };
  };
}

/** Why a subscription would (not) receive the message, in the same shape as for EventBridge. */
export function explainFilterPolicy(
  policy: unknown,
  message: SnsMessage,
  scope: FilterPolicyScope = 'MessageAttributes',
): Explanation {
  return compileFilterPolicyExplainer(policy, scope)(message);
}
