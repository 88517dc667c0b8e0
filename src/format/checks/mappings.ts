import type { Edge, EdgeSettingsOf, FlowNode } from '../../model';
import { edgePath, isFifoQueue, nameOf, type CheckContext } from './context';
import { checkDeadLetterQueue } from './deadLetter';
import { runChecker } from './external';

/** Per-edge AWS rules for subscriptions, event source mappings and queue redrive. */
export function checkEdgeSettings(ctx: CheckContext): void {
  const redrives = new Map<string, number>();
  ctx.flow.edges.forEach((edge, index) => {
    const source = ctx.nodes.get(edge.source)?.item;
    const target = ctx.nodes.get(edge.target)?.item;
    if (!source || !target) return;
    const s = edge.settings;
    const at = (rest = '') => ({ path: edgePath(index, rest), edgeId: edge.id });
    if (s.type === 'subscription') checkSubscription(ctx, edge, s, source, target, at);
    else if (s.type === 'sqsMapping') checkSqsMapping(ctx, s, source, target, at);
    else if (s.type === 'streamMapping') checkStreamMapping(ctx, s, source, at);
    else if (s.type === 'deadLetter' && source.kind === 'queue' && target.kind === 'queue') {
      const count = (redrives.get(source.id) ?? 0) + 1;
      redrives.set(source.id, count);
      if (count === 2)
        ctx.report({
          severity: 'error',
          ...at(),
          message: `queue ${nameOf(source, source.id)} has two dead-letter queues; a redrive policy names one`,
        });
      if (source.settings.fifoQueue !== target.settings.fifoQueue) {
        ctx.report({
          severity: 'error',
          ...at(),
          message: `the dead-letter queue of a ${fifo(source)} queue must also be ${fifo(source)}, and ${nameOf(target, target.id)} is ${fifo(target)}`,
        });
      } else if (target.settings.messageRetentionPeriod < source.settings.messageRetentionPeriod) {
        ctx.report({
          severity: 'warning',
          ...at(),
          message: `moved messages keep their original enqueue time, so the dead-letter queue ${nameOf(target, target.id)} should keep messages at least as long as ${nameOf(source, source.id)}`,
        });
      }
    }
  });
}

const fifo = (q: FlowNode) => (isFifoQueue(q) ? 'FIFO' : 'standard');
type At = (rest?: string) => { path: string; edgeId: string };

function checkSubscription(
  ctx: CheckContext,
  edge: Edge,
  s: EdgeSettingsOf<'subscription'>,
  source: FlowNode,
  target: FlowNode,
  at: At,
): void {
  if (source.kind !== 'topic') return;
  const fifoTopic = source.settings.fifoTopic;
  if (fifoTopic && target.kind !== 'queue') {
    ctx.report({
      severity: 'error',
      ...at(),
      message: `FIFO topic ${nameOf(source, source.id)} can only deliver to SQS queues`,
    });
  }
  if (!fifoTopic && isFifoQueue(target)) {
    ctx.report({
      severity: 'error',
      ...at(),
      message: `FIFO queue ${nameOf(target, target.id)} can only subscribe to a FIFO topic, and ${nameOf(source, source.id)} is standard`,
    });
  }
  if (s.filterPolicy !== null) {
    runChecker(
      ctx,
      at('.settings.filterPolicy'),
      ctx.checkers.filterPolicy,
      s.filterPolicy,
      s.filterPolicyScope,
    );
  }
  if (s.deadLetterQueue !== null) {
    checkDeadLetterQueue(
      ctx,
      at('.settings.deadLetterQueue'),
      s.deadLetterQueue,
      fifoTopic ? 'fifo' : 'standard',
      `subscription "${edge.id}"`,
    );
  }
  if (s.rawMessageDelivery && target.kind === 'function') {
    ctx.report({
      severity: 'warning',
      ...at('.settings.rawMessageDelivery'),
      message:
        'raw message delivery applies to SQS and HTTP subscriptions only; Lambda always gets the SNS envelope',
    });
  }
}

function checkSqsMapping(
  ctx: CheckContext,
  s: EdgeSettingsOf<'sqsMapping'>,
  queue: FlowNode,
  fn: FlowNode,
  at: At,
): void {
  if (queue.kind !== 'queue' || fn.kind !== 'function') return;
  const window = s.maximumBatchingWindowInSeconds;
  if (queue.settings.fifoQueue) {
    if (s.batchSize > 10)
      ctx.report({
        severity: 'error',
        ...at('.settings.batchSize'),
        message: `a FIFO queue allows a batch size of at most 10 (got ${s.batchSize})`,
      });
    if (window > 0)
      ctx.report({
        severity: 'error',
        ...at('.settings.maximumBatchingWindowInSeconds'),
        message: 'FIFO queues do not support a batching window: set it to 0',
      });
  } else if (s.batchSize > 10 && window < 1) {
    ctx.report({
      severity: 'error',
      ...at('.settings.maximumBatchingWindowInSeconds'),
      message: `a batch size above 10 (got ${s.batchSize}) needs maximumBatchingWindowInSeconds of at least 1`,
    });
  }
  const visibility = queue.settings.visibilityTimeout;
  const timeout = fn.settings.timeout;
  if (visibility < timeout) {
    ctx.report({
      severity: 'error',
      ...at(),
      message: `queue ${nameOf(queue, queue.id)} has a visibility timeout of ${visibility} s, less than the function's timeout of ${timeout} s: Lambda refuses this mapping`,
    });
  } else if (visibility < 6 * timeout + window) {
    ctx.report({
      severity: 'warning',
      ...at(),
      message: `AWS advises a visibility timeout of at least 6 x the function timeout plus the batching window (${6 * timeout + window} s); ${nameOf(queue, queue.id)} has ${visibility} s, so retries after throttling may cause duplicates`,
    });
  }
  const reserved = fn.settings.reservedConcurrentExecutions;
  if (s.maximumConcurrency !== null && reserved !== null && s.maximumConcurrency > reserved) {
    ctx.report({
      severity: 'warning',
      ...at('.settings.maximumConcurrency'),
      message: `maximum concurrency ${s.maximumConcurrency} is above the function's reserved concurrency ${reserved}: the extra invocations are throttled`,
    });
  }
}

function checkStreamMapping(
  ctx: CheckContext,
  s: EdgeSettingsOf<'streamMapping'>,
  source: FlowNode,
  at: At,
): void {
  if (source.kind === 'table' && source.settings.streamViewType === null) {
    ctx.report({
      severity: 'error',
      ...at(),
      message: `table ${nameOf(source, source.id)} has no stream: set its streamViewType to read its changes`,
    });
  }
  if (s.onFailure === null) return;
  const dest = ctx.nodes.get(s.onFailure)?.item;
  const where = at('.settings.onFailure');
  if (!dest)
    ctx.report({
      severity: 'error',
      ...where,
      message: `names node "${s.onFailure}" as its on-failure destination, which does not exist`,
    });
  else if (dest.kind !== 'queue' && dest.kind !== 'topic' && dest.kind !== 'bucket') {
    ctx.report({
      severity: 'error',
      ...where,
      message: `the on-failure destination must be a queue, a topic or a bucket, and "${dest.label}" is a ${dest.kind}`,
    });
  } else if (isFifoQueue(dest) || (dest.kind === 'topic' && dest.settings.fifoTopic)) {
    ctx.report({
      severity: 'error',
      ...where,
      message: `Lambda cannot send to FIFO ${dest.kind} "${dest.label}": use a standard one`,
    });
  }
}
