import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useStore } from '../../store';
import type { Note, Position } from '../../model';
import { nextId } from '../../lib/ids';

const NOTE_SIZE = { width: 220, height: 120 };

/** The flow coordinates at the centre of what the canvas shows. */
export function useViewCentre(): () => Position {
  const rf = useStoreApi();
  return useCallback(() => {
    const { width, height, transform } = rf.getState();
    const [tx, ty, zoom] = transform;
    return { x: Math.round((width / 2 - tx) / zoom), y: Math.round((height / 2 - ty) / zoom) };
  }, [rf]);
}

/** Edits of the selection and of notes that the keyboard and the top bar share. */
export function useEditActions() {
  const centre = useViewCentre();

  const deleteSelection = useCallback(() => {
    const { selection, change, clearSelection } = useStore.getState();
    const { nodeIds, edgeIds, noteIds } = selection;
    if (nodeIds.length + edgeIds.length + noteIds.length === 0) return;
    change([
      { type: 'removeEdges', ids: edgeIds },
      { type: 'removeNodes', ids: nodeIds },
      { type: 'removeNotes', ids: noteIds },
    ]);
    clearSelection();
  }, []);

  const selectAll = useCallback(() => {
    const { doc, select } = useStore.getState();
    select({ nodeIds: doc.nodes.map((n) => n.id), noteIds: doc.notes.map((n) => n.id) });
  }, []);

  const addNote = useCallback(() => {
    const { doc, change, select } = useStore.getState();
    const c = centre();
    const note: Note = {
      id: nextId(
        'note',
        doc.notes.map((n) => n.id),
      ),
      text: '',
      position: { x: c.x - NOTE_SIZE.width / 2, y: c.y - NOTE_SIZE.height / 2 },
      ...NOTE_SIZE,
      color: 'yellow',
    };
    change({ type: 'addNotes', notes: [note] });
    select({ noteIds: [note.id] });
  }, [centre]);

  return { deleteSelection, selectAll, addNote };
}
