import {
  explainFilterPolicy,
  type FilterPolicyScope,
  type MatchFailure,
  type SnsMessage,
} from '../../patterns';
import { SNS, SNS_ATTRIBUTES } from '../../patterns/dialect';
import { explainNode } from '../../patterns/evaluate';
import { attributesView, bodyView } from '../../patterns/snsMessage';
import { compileTree } from '../../patterns/tree';

export type MessageExplainer = (message: SnsMessage) => MatchFailure[];

/**
 * The failures explainFilterPolicy gives, from a policy compiled once (it recompiles on every
 * call). Messages it cannot walk (no JSON body, no attributes) go to explainFilterPolicy itself.
 */
export function filterPolicyExplainer(policy: unknown, scope: FilterPolicyScope): MessageExplainer {
  const problems: string[] = [];
  const node = compileTree(policy, scope === 'MessageBody' ? SNS : SNS_ATTRIBUTES, problems);
  const slow: MessageExplainer = (m) => explainFilterPolicy(policy, m, scope).failures;
  if (!node || problems.length > 0) return slow;
  return (m) => {
    const obj = scope === 'MessageBody' ? bodyView(m.body) : attributesView(m.attributes);
    if (!obj || Object.keys(obj).length === 0) return slow(m);
    const failures: MatchFailure[] = [];
    return explainNode(node, obj, '', failures) ? [] : failures;
  };
}
