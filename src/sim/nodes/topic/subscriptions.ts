import type { Edge, EdgeSettingsOf, NodeOfKind } from '../../../model';
import type { NodeContext, OutEdge } from '../../core/types';
import { subscriptionArn } from '../../events/sns';
import { compileFilterPolicy, type MessageMatcher } from '../../patterns';
import type { SnsProtocol } from './records';
import { filterPolicyExplainer, type MessageExplainer } from './explain';

/** A subscription edge, compiled once: its filter, protocol, ARN and dead-letter queue. */
export interface Subscription {
  out: OutEdge;
  settings: EdgeSettingsOf<'subscription'>;
  protocol: SnsProtocol;
  arn: string;
  matcher: MessageMatcher | null;
  /** Which field and condition of the filter policy failed, for kept spans. */
  explain: MessageExplainer | null;
  /** Why this subscription receives nothing (a run warning says it too). */
  skip: string | null;
  dlq: OutEdge | null;
}

function protocolOf(kind: string): SnsProtocol {
  return kind === 'queue' ? 'sqs' : kind === 'function' ? 'lambda' : 'http';
}

/** A queue referenced by id (a DLQ), as an edge the engine can deliver along. */
export function edgeToNode(ctx: NodeContext, nodeId: string, key: string): OutEdge | null {
  const index = ctx.flow.nodes.findIndex((n) => n.id === nodeId);
  if (index < 0) return null;
  const edge: Edge = {
    id: `${key}-dlq`,
    source: ctx.node.id,
    target: nodeId,
    settings: { type: 'deadLetter', maxReceiveCount: 5 },
  };
  return { edge, targetIndex: index, targetKind: ctx.flow.nodes[index]!.kind };
}

export function compileSubscriptions(ctx: NodeContext, topicArn: string, fifoTopic: boolean): Subscription[] {
  const warn = (setting: string, message: string) =>
    ctx.warn({ type: 'unsupported-setting', nodeId: ctx.node.id, setting, message });
  return ctx.outEdges('subscription').map((out) => {
    const settings = out.edge.settings as EdgeSettingsOf<'subscription'>;
    const target = ctx.nodeAt(out.targetIndex);
    const protocol = protocolOf(out.targetKind);
    let matcher: MessageMatcher | null = null;
    let explain: MessageExplainer | null = null;
    let skip: string | null = null;
    if (settings.filterPolicy !== null) {
      try {
        matcher = compileFilterPolicy(settings.filterPolicy, settings.filterPolicyScope);
        explain = filterPolicyExplainer(settings.filterPolicy, settings.filterPolicyScope);
      } catch (e) {
        skip = `invalid filter policy: ${(e as Error).message}`;
      }
    }
    const fifoQueue = target.kind === 'queue' && (target as NodeOfKind<'queue'>).settings.fifoQueue;
    if (fifoTopic && protocol !== 'sqs') skip = 'a FIFO topic delivers only to SQS queues';
    else if (!fifoTopic && fifoQueue) skip = 'a FIFO queue can only subscribe to a FIFO topic';
    if (skip) warn(`subscription ${out.edge.id}`, `Subscription to ${target.id} receives nothing: ${skip}.`);
    let dlq: OutEdge | null = null;
    if (settings.deadLetterQueue !== null) {
      dlq = edgeToNode(ctx, settings.deadLetterQueue, out.edge.id);
      if (dlq?.targetKind !== 'queue') {
        warn(
          `subscription ${out.edge.id}`,
          `The dead-letter queue ${settings.deadLetterQueue} is not a queue: failed deliveries are dropped.`,
        );
        dlq = null;
      }
    }
    return {
      out,
      settings,
      protocol,
      arn: subscriptionArn(topicArn, `${ctx.node.id}/${out.edge.id}`),
      matcher,
      explain,
      skip,
      dlq,
    };
  });
}
