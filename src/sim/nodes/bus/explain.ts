import { compileEventPatternExplainer, type MatchFailure } from '../../patterns';

export type EventExplainer = (event: unknown) => MatchFailure[];

/**
 * The failures explainEventPattern gives, from a pattern compiled once: explaining every
 * kept event against every rule would otherwise recompile each pattern each time (most of
 * a busy bus's run time). Throws PatternError for an invalid pattern, as compileEventPattern does.
 */
export function eventPatternExplainer(pattern: unknown): EventExplainer {
  const explain = compileEventPatternExplainer(pattern);
  return (event) => explain(event).failures;
}
