import { allowedEdgeTypes, connectionRefusal } from '../../model';
import { edgePath, nameOf, nodePath, type CheckContext } from './context';

/** Duplicate ids among nodes, edges and notes (notes share the canvas with nodes). */
export function checkIds(ctx: CheckContext): void {
  const { flow, report } = ctx;
  const seenNodes = new Set<string>();
  flow.nodes.forEach((n, i) => {
    if (seenNodes.has(n.id))
      report({
        severity: 'error',
        path: nodePath(i, '.id'),
        message: `duplicate node id "${n.id}": every node needs its own id`,
        nodeId: n.id,
      });
    seenNodes.add(n.id);
  });
  const seenEdges = new Set<string>();
  flow.edges.forEach((e, i) => {
    if (seenEdges.has(e.id))
      report({
        severity: 'error',
        path: edgePath(i, '.id'),
        message: `duplicate edge id "${e.id}": every edge needs its own id`,
        edgeId: e.id,
      });
    seenEdges.add(e.id);
  });
  const seenNotes = new Set<string>();
  flow.notes.forEach((n, i) => {
    const clash = seenNotes.has(n.id) ? 'another note' : seenNodes.has(n.id) ? 'a node' : null;
    if (clash)
      report({
        severity: 'error',
        path: `notes[${i}].id`,
        message: `duplicate id "${n.id}": ${clash} has it already`,
      });
    seenNotes.add(n.id);
  });
}

/** Edge ends exist, the kinds may connect, the edge type fits the pair, no repeated connection. */
export function checkEdges(ctx: CheckContext): void {
  const { flow, nodes, report } = ctx;
  const pairs = new Set<string>();
  flow.edges.forEach((e, i) => {
    const source = nodes.get(e.source)?.item;
    const target = nodes.get(e.target)?.item;
    const base = { severity: 'error' as const, edgeId: e.id };
    if (!source)
      report({
        ...base,
        path: edgePath(i, '.source'),
        message: `starts at node "${e.source}", which does not exist`,
      });
    if (!target)
      report({
        ...base,
        path: edgePath(i, '.target'),
        message: `ends at node "${e.target}", which does not exist`,
      });
    if (!source || !target) return;
    if (e.source === e.target && e.settings.type === 'deadLetter') {
      report({
        ...base,
        path: edgePath(i, '.target'),
        message: `${nameOf(source, e.source)} cannot be its own dead-letter queue`,
      });
      return;
    }
    const refusal = connectionRefusal(source.kind, target.kind);
    if (refusal) {
      report({ ...base, path: edgePath(i), message: refusal });
      return;
    }
    const allowed = allowedEdgeTypes(source.kind, target.kind);
    if (!allowed.includes(e.settings.type)) {
      report({
        ...base,
        path: edgePath(i, '.settings.type'),
        message: `a "${e.settings.type}" edge cannot join ${source.kind} ${nameOf(source, e.source)} to ${target.kind} ${nameOf(target, e.target)}; allowed: ${allowed.join(', ')}`,
      });
      return;
    }
    // Routes, notifications and destinations may repeat between two nodes with other settings.
    if (
      e.settings.type === 'integration' ||
      e.settings.type === 'notification' ||
      e.settings.type === 'destination'
    )
      return;
    const key = `${e.source}\u0000${e.target}\u0000${e.settings.type}`;
    if (pairs.has(key)) {
      report({
        severity: 'warning',
        edgeId: e.id,
        path: edgePath(i),
        message: `${nameOf(source, e.source)} is already connected to ${nameOf(target, e.target)} by a "${e.settings.type}" edge`,
      });
    }
    pairs.add(key);
  });
}

/** API Gateway refuses two routes with the same route key on one API. */
export function checkRoutes(ctx: CheckContext): void {
  for (const [sourceId, edges] of ctx.edgesFrom) {
    if (ctx.nodes.get(sourceId)?.item.kind !== 'api') continue;
    const seen = new Set<string>();
    for (const { item: e, index } of edges) {
      if (e.settings.type !== 'integration') continue;
      const key = e.settings.routeKey;
      if (seen.has(key))
        ctx.report({
          severity: 'error',
          edgeId: e.id,
          path: edgePath(index, '.settings.routeKey'),
          message: `route "${key}" is defined twice on this API`,
        });
      seen.add(key);
    }
  }
}
