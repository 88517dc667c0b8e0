// Event-pattern (EventBridge) and filter-policy (SNS) matching for the simulation core.
export { PatternError } from './errors.ts';
export type { Explanation, MatchFailure } from './evaluate.ts';
export {
  compileEventPattern,
  compileEventPatternExplainer,
  explainEventPattern,
  matchesEventPattern,
  validateEventPattern,
  EVENT_PATTERN_MAX_CHARS,
  EVENT_PATTERN_MAX_EXPANSIONS,
  type EventPatternExplainer,
  type EventMatcher,
} from './eventPattern.ts';
export {
  compileFilterPolicy,
  compileFilterPolicyExplainer,
  explainFilterPolicy,
  matchesFilterPolicy,
  validateFilterPolicy,
  FILTER_POLICY_MAX_BYTES,
  FILTER_POLICY_MAX_COMBINATIONS,
  FILTER_POLICY_MAX_KEYS,
  type FilterPolicyExplainer,
  type MessageMatcher,
} from './filterPolicy.ts';
export type { FilterPolicyScope, SnsMessage, SnsMessageAttribute } from './snsMessage.ts';
import { validateEventPattern } from './eventPattern.ts';
import { validateFilterPolicy } from './filterPolicy.ts';

/**
 * The checkers the flow loader takes (format/ cannot import sim/): every caller that
 * validates a flow passes this one object, so the app, Problems and the CLI agree.
 */
export const FLOW_CHECKERS = {
  eventPattern: validateEventPattern,
  filterPolicy: validateFilterPolicy,
} as const;
