import { allowedEdgeTypes, connectionRefusal, type Edge, type EdgeType, type FlowNode } from '../../model';

export type ConnectionCheck = { ok: true; type: EdgeType } | { ok: false; reason: string };

/**
 * Whether `source` may send to `target`, and with which edge type: the first type the kinds
 * allow that the pair does not already use (a function may send to a queue AND use it as its
 * DLQ, but never twice the same way).
 */
export function checkConnection(
  nodes: ReadonlyMap<string, FlowNode>,
  edges: readonly Edge[],
  sourceId: string,
  targetId: string,
): ConnectionCheck {
  const source = nodes.get(sourceId);
  const target = nodes.get(targetId);
  if (!source || !target) return { ok: false, reason: 'That node no longer exists.' };
  if (sourceId === targetId) return { ok: false, reason: `“${source.label}” cannot connect to itself.` };
  const refusal = connectionRefusal(source.kind, target.kind);
  if (refusal) return { ok: false, reason: refusal };
  const used = new Set(
    edges.filter((e) => e.source === sourceId && e.target === targetId).map((e) => e.settings.type),
  );
  const type = allowedEdgeTypes(source.kind, target.kind).find((t) => !used.has(t));
  if (!type) return { ok: false, reason: `“${source.label}” is already connected to “${target.label}”.` };
  return { ok: true, type };
}
