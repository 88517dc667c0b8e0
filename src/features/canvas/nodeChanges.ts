import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Note, Position } from '../../model';
import type { DocChange, Selection } from '../../store';
import type { Size } from './rfMapping';

export interface NodeChangeResult {
  /** Document edits, or none. */
  doc: DocChange[];
  /** False while a drag or resize is still under way (one undo step when it ends). */
  commit: boolean;
  /** The new selection when it changed, else null. */
  selection: Selection | null;
  /** Sizes React Flow measured, when any changed. */
  measured: Map<string, Size> | null;
}

/**
 * Translates React Flow's node changes into document edits, a selection and measured sizes.
 * Cards and notes share React Flow's node list; `noteIds` tells them apart.
 */
export function interpretNodeChanges(
  changes: readonly NodeChange[],
  noteIds: ReadonlySet<string>,
  selection: Selection,
  measured: ReadonlyMap<string, Size>,
): NodeChangeResult {
  const moves: Array<{ id: string; position: Position }> = [];
  const notePatches = new Map<string, Partial<Omit<Note, 'id'>>>();
  const patch = (id: string, p: Partial<Omit<Note, 'id'>>) =>
    notePatches.set(id, { ...notePatches.get(id), ...p });
  let commit = false;
  let sizes: Map<string, Size> | null = null;
  let nodeSel: Set<string> | null = null;
  let noteSel: Set<string> | null = null;

  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      const position = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
      if (noteIds.has(c.id)) patch(c.id, { position });
      else moves.push({ id: c.id, position });
      if (c.dragging === false) commit = true;
    } else if (c.type === 'dimensions' && c.dimensions) {
      const { width, height } = c.dimensions;
      const old = measured.get(c.id);
      if (!old || old.width !== width || old.height !== height)
        (sizes ??= new Map(measured)).set(c.id, { width, height });
      if (noteIds.has(c.id) && c.resizing !== undefined) {
        patch(c.id, { width: clamp(width), height: clamp(height, 40) });
        if (c.resizing === false) commit = true;
      }
    } else if (c.type === 'select') {
      const set = noteIds.has(c.id)
        ? (noteSel ??= new Set(selection.noteIds))
        : (nodeSel ??= new Set(selection.nodeIds));
      if (c.selected) set.add(c.id);
      else set.delete(c.id);
    }
  }

  const doc: DocChange[] = [];
  if (moves.length > 0) doc.push({ type: 'moveNodes', moves });
  for (const [id, p] of notePatches) doc.push({ type: 'updateNote', id, patch: p });
  const nextSelection =
    nodeSel || noteSel
      ? {
          nodeIds: nodeSel ? [...nodeSel] : selection.nodeIds,
          edgeIds: selection.edgeIds,
          noteIds: noteSel ? [...noteSel] : selection.noteIds,
        }
      : null;
  return { doc, commit, selection: nextSelection, measured: sizes };
}

/** The selection after React Flow's edge changes (only selection: deletion is ours). */
export function interpretEdgeChanges(changes: readonly EdgeChange[], selection: Selection): Selection | null {
  let edgeSel: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    edgeSel ??= new Set(selection.edgeIds);
    if (c.selected) edgeSel.add(c.id);
    else edgeSel.delete(c.id);
  }
  return edgeSel ? { ...selection, edgeIds: [...edgeSel] } : null;
}

const clamp = (v: number, min = 80) => Math.round(Math.min(2000, Math.max(min, v)));
