import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { createNode, KIND_INFO, type NodeKind } from '../../model';
import { useStore } from '../../store';
import { nextId } from '../../lib/ids';
import { DEFAULT_CARD_SIZE } from './layout';

/** The drag data type the palette writes (kept in step with features/palette). */
export const KIND_MIME = 'application/x-eventflow-kind';

const isKind = (k: string): k is NodeKind => Object.hasOwn(KIND_INFO, k);

/** Drops from the palette: a new node centred on the pointer, selected. */
export function usePaletteDrop() {
  const rf = useReactFlow();

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(KIND_MIME);
      if (!isKind(kind)) return;
      e.preventDefault();
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const position = {
        x: Math.round(p.x - DEFAULT_CARD_SIZE.width / 2),
        y: Math.round(p.y - DEFAULT_CARD_SIZE.height / 2),
      };
      const { doc, change, select } = useStore.getState();
      const id = nextId(
        kind,
        doc.nodes.map((n) => n.id),
      );
      const label = `${KIND_INFO[kind].title} ${id.slice(kind.length)}`;
      change({ type: 'addNodes', nodes: [createNode(kind, id, label, position)] });
      select({ nodeIds: [id] });
    },
    [rf],
  );

  return { onDragOver, onDrop };
}
