import { z } from 'zod';
import { Edge, FlowNode, Note, type EdgeSettings, type Flow } from '../../model';
import { idAllocator } from '../../lib/ids';

export const CLIPBOARD_KEY = 'eventflow.clipboard';
const MARK = 'eventflow-clipboard';

const Payload = z.object({
  format: z.literal(MARK),
  version: z.literal(1),
  nodes: z.array(FlowNode).max(5000),
  edges: z.array(Edge).max(20_000),
  notes: z.array(Note).max(1000),
});
export type ClipboardPayload = z.infer<typeof Payload>;

/** The selected nodes, the edges between them and the selected notes, as a payload. */
export function copyPayload(
  doc: Flow,
  nodeIds: readonly string[],
  noteIds: readonly string[],
): ClipboardPayload | null {
  const ids = new Set(nodeIds);
  const noteSet = new Set(noteIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  const notes = doc.notes.filter((n) => noteSet.has(n.id));
  if (nodes.length === 0 && notes.length === 0) return null;
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { format: MARK, version: 1, nodes, edges, notes };
}

export const serializePayload = (p: ClipboardPayload): string => JSON.stringify(p);

/** The payload in a piece of clipboard text, or null when it is anything else (or invalid). */
export function parsePayload(text: string | null | undefined): ClipboardPayload | null {
  if (!text || !text.includes(MARK)) return null;
  try {
    const parsed = Payload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A whole flow file (the files feature opens it), as opposed to our payload. */
export const isFlowFileText = (text: string): boolean => /"format"\s*:\s*"eventflow"/.test(text);

export interface PastePlan {
  nodes: FlowNode[];
  edges: Edge[];
  notes: Note[];
}

/**
 * The payload with fresh ids that do not collide with `doc`, shifted by `offset`. References
 * between pasted nodes (rule targets, DLQs, on-failure destinations) follow the new ids;
 * references to nodes outside the paste are dropped, since they would point at nothing.
 */
export function planPaste(p: ClipboardPayload, doc: Flow, offset: { x: number; y: number }): PastePlan {
  const fresh = idAllocator([
    ...doc.nodes.map((n) => n.id),
    ...doc.edges.map((e) => e.id),
    ...doc.notes.map((n) => n.id),
  ]);
  const ids = new Map(p.nodes.map((n) => [n.id, fresh(n.kind)]));
  const ref = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  const shift = (pos: { x: number; y: number }) => ({ x: pos.x + offset.x, y: pos.y + offset.y });
  const nodes = p.nodes.map((n) =>
    remapNode({ ...n, id: ids.get(n.id)!, position: shift(n.position) } as FlowNode, ref),
  );
  const edges = p.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      ...e,
      id: fresh('edge'),
      source: ids.get(e.source)!,
      target: ids.get(e.target)!,
      settings: remapEdge(e.settings, ref),
    }));
  const notes = p.notes.map((n) => ({ ...n, id: fresh('note'), position: shift(n.position) }));
  return { nodes, edges, notes };
}

type Ref = (id: string | null) => string | null;

function remapNode(node: FlowNode, ref: Ref): FlowNode {
  if (node.kind !== 'bus') return node;
  const rules = node.settings.rules.map((rule) => ({
    ...rule,
    targets: rule.targets
      .filter((t) => ref(t.nodeId) !== null)
      .map((t) => ({ ...t, nodeId: ref(t.nodeId)!, deadLetterQueue: ref(t.deadLetterQueue) })),
  }));
  return { ...node, settings: { ...node.settings, rules } };
}

function remapEdge(s: EdgeSettings, ref: Ref): EdgeSettings {
  if (s.type === 'streamMapping') return { ...s, onFailure: ref(s.onFailure) };
  if (s.type === 'subscription') return { ...s, deadLetterQueue: ref(s.deadLetterQueue) };
  return s;
}
