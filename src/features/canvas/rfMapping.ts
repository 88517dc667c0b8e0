import type { Edge as RfEdge, Node as RfNode } from '@xyflow/react';
import type { Flow, FlowNode, Note } from '../../model';
import type { Selection } from '../../store';
import { cardSummary, type OutCounts } from './cardSummary';
import { edgeLook, type EdgeLook } from './edgeLabel';

export type CardData = { node: FlowNode; summary: string[] };
export type CardRfNode = RfNode<CardData, 'card'>;
export type NoteData = { note: Note };
export type NoteRfNode = RfNode<NoteData, 'note'>;
export type CanvasNode = CardRfNode | NoteRfNode;
export type FlowEdgeData = { look: EdgeLook };
export type CanvasEdge = RfEdge<FlowEdgeData, 'flow'>;
export interface Size {
  width: number;
  height: number;
}

interface Cached<S, R> {
  src: S;
  selected: boolean;
  key: string;
  measured: Size | undefined;
  rf: R;
}

const ARROW = { type: 'arrowclosed', width: 16, height: 16, color: '#6f7888' } as const;

/**
 * Maps the document to React Flow's nodes and edges. It remembers what it built, so an
 * unchanged document node (same object, same selection, same size) gives the same React Flow
 * object: React Flow then skips it, which keeps 500-node flows fast.
 */
export function createCanvasMapper() {
  let cardCache = new Map<string, Cached<FlowNode, CardRfNode>>();
  let noteCache = new Map<string, Cached<Note, NoteRfNode>>();
  let edgeCache = new Map<string, Cached<Flow['edges'][number], CanvasEdge>>();

  function nodes(doc: Flow, selection: Selection, measured: ReadonlyMap<string, Size>): CanvasNode[] {
    const out = outCounts(doc);
    const selected = new Set([...selection.nodeIds, ...selection.noteIds]);
    const nextCards = new Map<string, Cached<FlowNode, CardRfNode>>();
    const nextNotes = new Map<string, Cached<Note, NoteRfNode>>();
    const result: CanvasNode[] = [];
    for (const note of doc.notes) {
      const entry = reuse(
        noteCache.get(note.id),
        note,
        selected.has(note.id),
        '',
        measured.get(note.id),
        () => ({
          id: note.id,
          type: 'note' as const,
          position: note.position,
          width: note.width,
          height: note.height,
          zIndex: -1,
          data: { note },
          selected: selected.has(note.id),
          measured: measured.get(note.id),
        }),
      );
      nextNotes.set(note.id, entry);
      result.push(entry.rf);
    }
    for (const node of doc.nodes) {
      const summary = cardSummary(node, out.get(node.id));
      const entry = reuse(
        cardCache.get(node.id),
        node,
        selected.has(node.id),
        summary.join('\n'),
        measured.get(node.id),
        () => ({
          id: node.id,
          type: 'card' as const,
          position: node.position,
          data: { node, summary },
          selected: selected.has(node.id),
          measured: measured.get(node.id),
        }),
      );
      nextCards.set(node.id, entry);
      result.push(entry.rf);
    }
    cardCache = nextCards;
    noteCache = nextNotes;
    return result;
  }

  function edges(doc: Flow, selection: Selection): CanvasEdge[] {
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    const selected = new Set(selection.edgeIds);
    const next = new Map<string, Cached<Flow['edges'][number], CanvasEdge>>();
    const result = doc.edges.map((edge) => {
      const look = edgeLook(edge, byId.get(edge.source));
      const entry = reuse(
        edgeCache.get(edge.id),
        edge,
        selected.has(edge.id),
        `${look.label}|${look.dashed}`,
        undefined,
        () => ({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: 'flow' as const,
          data: { look },
          selected: selected.has(edge.id),
          markerEnd: ARROW,
          domAttributes: { 'data-testid': `canvas.edge.${edge.id}` } as CanvasEdge['domAttributes'],
        }),
      );
      next.set(edge.id, entry);
      return entry.rf;
    });
    edgeCache = next;
    return result;
  }

  return { nodes, edges };
}

function reuse<S, R>(
  cached: Cached<S, R> | undefined,
  src: S,
  selected: boolean,
  key: string,
  measured: Size | undefined,
  build: () => R,
): Cached<S, R> {
  if (
    cached &&
    cached.src === src &&
    cached.selected === selected &&
    cached.key === key &&
    cached.measured === measured
  )
    return cached;
  return { src, selected, key, measured, rf: build() };
}

function outCounts(doc: Flow): Map<string, OutCounts> {
  const counts = new Map<string, { subscription?: number; notification?: number }>();
  for (const e of doc.edges) {
    const t = e.settings.type;
    if (t !== 'subscription' && t !== 'notification') continue;
    const c = counts.get(e.source) ?? {};
    c[t] = (c[t] ?? 0) + 1;
    counts.set(e.source, c);
  }
  return counts;
}
