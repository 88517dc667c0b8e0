import type { NodeOfKind, Rule, RuleTarget } from '../../../model';
import type { NodeContext, OutEdge } from '../../core/types';
import { busArn, ruleArn } from '../../events/eventbridge';
import { queueArn } from '../../events/sqs';
import { topicArn } from '../../events/sns';
import { functionArn } from '../function/ids';
import { compileEventPattern, type EventMatcher } from '../../patterns';
import { edgeToNode } from '../topic/subscriptions';
import { eventPatternExplainer, type EventExplainer } from './explain';

export interface CompiledTarget {
  settings: RuleTarget;
  out: OutEdge;
  arn: string;
  dlq: OutEdge | null;
}

export interface CompiledRule {
  rule: Rule;
  arn: string;
  matcher: EventMatcher | null;
  /** Which field and condition failed, for kept spans. */
  explain: EventExplainer | null;
  /** Why the rule never matches (disabled, invalid pattern). */
  skip: string | null;
  targets: CompiledTarget[];
}

/** The ARN a target has in AWS, by kind (used in DLQ attributes). */
export function arnOf(ctx: NodeContext, index: number): string {
  const n = ctx.nodeAt(index);
  const { region, accountId } = ctx.run;
  switch (n.kind) {
    case 'function':
      return functionArn(region, accountId, n.id);
    case 'queue':
      return queueArn(region, accountId, n.id);
    case 'topic':
      return topicArn(region, accountId, n.id);
    case 'bus':
      return busArn(region, accountId, n.id);
    case 'stream':
      return `arn:aws:kinesis:${region}:${accountId}:stream/${n.id}`;
    default:
      return `arn:aws:events:${region}:${accountId}:api-destination/${n.id}`;
  }
}

/** Compiles each rule's pattern once and resolves its targets to edges (a missing edge is skipped, with a warning). */
export function compileRules(ctx: NodeContext): CompiledRule[] {
  const node = ctx.node as NodeOfKind<'bus'>;
  const warn = (setting: string, message: string) =>
    ctx.warn({ type: 'unsupported-setting', nodeId: node.id, setting, message });
  const edges = ctx.outEdges('invoke');
  return node.settings.rules.map((rule) => {
    let matcher: EventMatcher | null = null;
    let explain: EventExplainer | null = null;
    let skip: string | null = rule.state === 'DISABLED' ? 'the rule is disabled' : null;
    try {
      matcher = compileEventPattern(rule.eventPattern);
      explain = eventPatternExplainer(rule.eventPattern);
    } catch (e) {
      skip = `invalid event pattern: ${(e as Error).message}`;
      warn(`rules.${rule.name}.eventPattern`, `Rule ${rule.name} never matches: ${skip}.`);
    }
    const targets: CompiledTarget[] = [];
    for (const t of rule.targets) {
      const out = edges.find((o) => ctx.nodeAt(o.targetIndex).id === t.nodeId);
      if (!out) {
        warn(
          `rules.${rule.name}.targets`,
          `Rule ${rule.name} targets ${t.nodeId}, which this bus is not connected to: that target is skipped.`,
        );
        continue;
      }
      let dlq: OutEdge | null = null;
      if (t.deadLetterQueue !== null) {
        dlq = edgeToNode(ctx, t.deadLetterQueue, `${rule.name}-${t.nodeId}`);
        const q = dlq ? ctx.nodeAt(dlq.targetIndex) : null;
        if (q?.kind !== 'queue' || q.settings.fifoQueue) {
          warn(
            `rules.${rule.name}.targets`,
            `The dead-letter queue ${t.deadLetterQueue} must be a standard queue: failed events are dropped.`,
          );
          dlq = null;
        }
      }
      const tn = ctx.nodeAt(out.targetIndex);
      if (tn.kind === 'queue' && tn.settings.fifoQueue) {
        warn(
          `rules.${rule.name}.targets`,
          `Rule ${rule.name} targets the FIFO queue ${tn.id}, which needs a message group id the rule does not set: the queue refuses the events.`,
        );
      }
      targets.push({ settings: t, out, arn: arnOf(ctx, out.targetIndex), dlq });
    }
    return {
      rule,
      arn: ruleArn(ctx.run.region, ctx.run.accountId, node.id, rule.name),
      matcher,
      explain,
      skip,
      targets,
    };
  });
}
