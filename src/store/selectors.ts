import type { FlowNode } from '../model';
import type { StoreState } from './index';

// Selectors live at module scope so components never build them per render.
export const selectDoc = (s: StoreState) => s.doc;
export const selectNodes = (s: StoreState) => s.doc.nodes;
export const selectEdges = (s: StoreState) => s.doc.edges;
export const selectNotes = (s: StoreState) => s.doc.notes;
export const selectSelection = (s: StoreState) => s.selection;
export const selectChange = (s: StoreState) => s.change;
export const selectCanUndo = (s: StoreState) => s.past.length > 0;
export const selectCanRedo = (s: StoreState) => s.future.length > 0;

/** The single selected node, or null when zero or several are selected. */
export const selectSelectedNode = (s: StoreState): FlowNode | null =>
  s.selection.nodeIds.length === 1 && s.selection.edgeIds.length === 0
    ? (s.doc.nodes.find((n) => n.id === s.selection.nodeIds[0]) ?? null)
    : null;
