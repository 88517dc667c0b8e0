import type { Edge } from '../../../model';
import type { NodeContext, OutEdge } from '../../core/types';

const KINDS = new Set(['queue', 'topic', 'bucket']);

/**
 * The stream mapping's on-failure destination (a node named in the edge settings, not an
 * edge of its own) as something `ctx.send` can deliver to; null when none or not valid.
 */
export function onFailureTarget(ctx: NodeContext, edge: Edge, nodeId: string | null): OutEdge | null {
  if (nodeId === null) return null;
  const index = ctx.flow.nodes.findIndex((n) => n.id === nodeId);
  const node = index === -1 ? undefined : ctx.flow.nodes[index];
  if (!node || !KINDS.has(node.kind)) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'onFailure',
      message: `On-failure destination "${nodeId}" must be a queue, topic or bucket; discarded batches go nowhere.`,
    });
    return null;
  }
  const synthetic: Edge = {
    id: `${edge.id}#onFailure`,
    source: ctx.node.id,
    target: nodeId,
    settings: { type: 'invoke' },
  };
  return { edge: synthetic, targetIndex: index, targetKind: node.kind };
}
