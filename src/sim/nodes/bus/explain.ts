import { explainEventPattern, type MatchFailure } from '../../patterns';
import { EVENTBRIDGE } from '../../patterns/dialect';
import { explainNode } from '../../patterns/evaluate';
import { isPlainObject } from '../../patterns/json';
import { compileTree } from '../../patterns/tree';

export type EventExplainer = (event: unknown) => MatchFailure[];

/**
 * The failures explainEventPattern gives, from a pattern compiled once: explaining every
 * kept event against every rule would otherwise recompile each pattern each time (most of
 * a busy bus's run time). Falls back to explainEventPattern if the tree cannot be built.
 */
export function eventPatternExplainer(pattern: unknown): EventExplainer {
  const problems: string[] = [];
  const node = compileTree(pattern, EVENTBRIDGE, problems);
  if (!node || problems.length > 0) return (event) => explainEventPattern(pattern, event).failures;
  return (event) => {
    const failures: MatchFailure[] = [];
    return explainNode(node, isPlainObject(event) ? event : undefined, '', failures) ? [] : failures;
  };
}
