import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { KIND_INFO, type Flow, type Position } from '../../model';
import type { DocChange } from '../../store';
import type { Size } from './rfMapping';
import { edgeLook } from './edgeLabel';

/** A card's size before React Flow has measured it. */
export const DEFAULT_CARD_SIZE: Size = { width: 200, height: 80 };

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '48',
  'elk.spacing.edgeLabel': '6',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // One drawing, not a row of islands: every producer starts in the first column.
  'elk.separateConnectedComponents': 'false',
};
const FIRST_COLUMN = { 'elk.layered.layering.layerConstraint': 'FIRST' };

/** Roughly what an edge label takes on screen (11 px bold text in a pill), so ELK leaves room. */
const labelSize = (text: string) => ({ width: Math.ceil(text.length * 6.6 + 18), height: 20 });

/** The flow's nodes and edges as an ELK graph (layered, left to right). Notes stay put. */
export function toElkGraph(doc: Flow, sizes: ReadonlyMap<string, Size>): ElkNode {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const children: ElkNode[] = doc.nodes.map((n) => ({
    id: n.id,
    ...(sizes.get(n.id) ?? DEFAULT_CARD_SIZE),
    ...(KIND_INFO[n.kind].category === 'producer' ? { layoutOptions: FIRST_COLUMN } : {}),
  }));
  const edges: ElkExtendedEdge[] = doc.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => {
      const { label } = edgeLook(e, byId.get(e.source));
      return {
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        labels: label ? [{ text: label, ...labelSize(label) }] : [],
      };
    });
  return { id: 'root', layoutOptions: OPTIONS, children, edges };
}

/**
 * The moves that put each node where ELK laid it out, shifted so the drawing keeps its
 * top-left corner (the flow does not jump away from where the person was looking).
 */
export function layoutToChanges(doc: Flow, laidOut: ElkNode): DocChange[] {
  const placed = new Map<string, Position>();
  for (const c of laidOut.children ?? []) {
    if (c.x !== undefined && c.y !== undefined) placed.set(c.id, { x: c.x, y: c.y });
  }
  const nodes = doc.nodes.filter((n) => placed.has(n.id));
  if (nodes.length === 0) return [];
  const minOf = (vals: number[]) => Math.min(...vals);
  const dx = minOf(nodes.map((n) => n.position.x)) - minOf(nodes.map((n) => placed.get(n.id)!.x));
  const dy = minOf(nodes.map((n) => n.position.y)) - minOf(nodes.map((n) => placed.get(n.id)!.y));
  const moves = nodes
    .map((n) => {
      const p = placed.get(n.id)!;
      return { id: n.id, position: { x: Math.round(p.x + dx), y: Math.round(p.y + dy) } };
    })
    .filter((m, i) => m.position.x !== nodes[i]!.position.x || m.position.y !== nodes[i]!.position.y);
  return moves.length > 0 ? [{ type: 'moveNodes', moves }] : [];
}
