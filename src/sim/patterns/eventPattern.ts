import { EVENTBRIDGE } from './dialect.ts';
import { PatternError } from './errors.ts';
import { explainNode, matchNode, type Explanation, type MatchFailure } from './evaluate.ts';
import { isPlainObject, readJsonInput } from './json.ts';
import { compileTree, countExpansions, type PatternNode } from './tree.ts';

/** EventBridge quotas (eb-quota): pattern text up to 2,048 characters by default. */
export const EVENT_PATTERN_MAX_CHARS = 2048;
/** A pattern whose `$or`s expand into more than 1,000 plain patterns is refused. */
export const EVENT_PATTERN_MAX_EXPANSIONS = 1000;

export type EventMatcher = (event: unknown) => boolean;
export type EventPatternExplainer = (event: unknown) => Explanation;

function build(pattern: unknown): { node?: PatternNode; problems: string[] } {
  const problems: string[] = [];
  const input = readJsonInput(pattern, 'the pattern', problems);
  if (!input) return { problems };
  if (input.text !== undefined && input.text.length > EVENT_PATTERN_MAX_CHARS) {
    problems.push(
      `the pattern is ${input.text.length} characters long; EventBridge allows ${EVENT_PATTERN_MAX_CHARS} by default`,
    );
  }
  const node = compileTree(input.value, EVENTBRIDGE, problems);
  if (node) {
    const n = countExpansions(node);
    if (n > EVENT_PATTERN_MAX_EXPANSIONS) {
      problems.push(
        `the pattern's $or expands into ${n} combinations; EventBridge allows at most ${EVENT_PATTERN_MAX_EXPANSIONS}`,
      );
    }
  }
  return problems.length > 0 ? { problems } : { node, problems };
}

/** Every reason the pattern (JSON text or parsed value) is invalid; empty when it is valid. */
export function validateEventPattern(pattern: unknown): string[] {
  return build(pattern).problems;
}

function compiled(pattern: unknown): PatternNode {
  const { node, problems } = build(pattern);
  if (!node) throw new PatternError(problems);
  return node;
}

/** Compiles once (throws PatternError when invalid); the returned function only walks the event. */
export function compileEventPattern(pattern: unknown): EventMatcher {
  const node = compiled(pattern);
  return (event) => matchNode(node, isPlainObject(event) ? event : undefined);
}

/** One-off match; use compileEventPattern when the same pattern sees many events. */
export function matchesEventPattern(pattern: unknown, event: unknown): boolean {
  return compileEventPattern(pattern)(event);
}

/**
 * Compiles once (throws PatternError when invalid); the result says why each event does (not)
 * match, walking the same compiled tree as compileEventPattern's matcher.
 */
export function compileEventPatternExplainer(pattern: unknown): EventPatternExplainer {
  const node = compiled(pattern);
  return (event) => {
    const failures: MatchFailure[] = [];
    const matched = explainNode(node, isPlainObject(event) ? event : undefined, '', failures);
    return { matched, failures: matched ? [] : failures };
  };
}

/** Why an event does (not) match: each failed condition with its path and the value found. */
export function explainEventPattern(pattern: unknown, event: unknown): Explanation {
  return compileEventPatternExplainer(pattern)(event);
}
