import {
  compileFilterPolicyExplainer,
  type FilterPolicyScope,
  type MatchFailure,
  type SnsMessage,
} from '../../patterns';

export type MessageExplainer = (message: SnsMessage) => MatchFailure[];

/**
 * The failures explainFilterPolicy gives, from a policy compiled once (it recompiles on every
 * call). Throws PatternError for an invalid policy, as compileFilterPolicy does.
 */
export function filterPolicyExplainer(policy: unknown, scope: FilterPolicyScope): MessageExplainer {
  const explain = compileFilterPolicyExplainer(policy, scope);
  return (message) => explain(message).failures;
}
