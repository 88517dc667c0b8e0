import { type CheckContext } from './context';

/**
 * A DLQ named in settings must be an existing queue of the right type: `standard` for
 * EventBridge targets and Lambda, `fifo` or `standard` to match a FIFO or standard source.
 */
export function checkDeadLetterQueue(
  ctx: CheckContext,
  where: { path: string; nodeId?: string; edgeId?: string },
  id: string,
  type: 'standard' | 'fifo',
  owner: string,
): void {
  const node = ctx.nodes.get(id)?.item;
  if (!node) {
    ctx.report({
      severity: 'error',
      ...where,
      message: `names node "${id}" as its dead-letter queue, which does not exist`,
    });
    return;
  }
  if (node.kind !== 'queue') {
    ctx.report({
      severity: 'error',
      ...where,
      message: `the dead-letter queue of ${owner} must be an SQS queue, and "${node.label}" is a ${node.kind}`,
    });
    return;
  }
  if (node.settings.fifoQueue !== (type === 'fifo')) {
    ctx.report({
      severity: 'error',
      ...where,
      message: `the dead-letter queue of ${owner} must be a ${type === 'fifo' ? 'FIFO' : 'standard'} queue, and "${node.label}" is ${node.settings.fifoQueue ? 'FIFO' : 'standard'}`,
    });
  }
}
