/** The parts of a span that say where a trace went. */
export interface PathSpan {
  spanId: number;
  traceId: number;
  parentSpanId: number | null;
  nodeId: string;
  /** Async results name where the event went next (a destination or a DLQ). */
  targetNodeId?: string | null;
}

export interface PathEdge {
  id: string;
  source: string;
  target: string;
}

export interface TracePath {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

/**
 * The nodes one trace visited (its spans' nodes) and the edges it crossed: those from a
 * span's parent node to its node, and from an async result to where it sent the event.
 */
export function tracePath(
  spans: readonly PathSpan[],
  traceId: number,
  edges: readonly PathEdge[],
): TracePath {
  const mine = spans.filter((s) => s.traceId === traceId);
  const nodeOf = new Map(mine.map((s) => [s.spanId, s.nodeId]));
  const pairs = new Set<string>();
  const nodeIds = new Set<string>();
  for (const s of mine) {
    nodeIds.add(s.nodeId);
    const parent = s.parentSpanId === null ? undefined : nodeOf.get(s.parentSpanId);
    if (parent !== undefined && parent !== s.nodeId) pairs.add(`${parent}\n${s.nodeId}`);
    if (s.targetNodeId) pairs.add(`${s.nodeId}\n${s.targetNodeId}`);
  }
  const edgeIds = new Set(edges.filter((e) => pairs.has(`${e.source}\n${e.target}`)).map((e) => e.id));
  return { nodeIds, edgeIds };
}
