import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { NodeKind } from '../../model';
import { useStore } from '../../store';
import { freeSpot, newNode } from './newNode';

const HALF_CARD = { x: 100, y: 40 };

/** Adds a node of a kind at the centre of the canvas view, selected (keyboard and click). */
export function usePaletteAdd(): (kind: NodeKind) => void {
  const rf = useStoreApi();
  return useCallback(
    (kind) => {
      const { width, height, transform } = rf.getState();
      const [tx, ty, zoom] = transform;
      const centre = {
        x: Math.round((width / 2 - tx) / zoom - HALF_CARD.x),
        y: Math.round((height / 2 - ty) / zoom - HALF_CARD.y),
      };
      const { doc, change, select } = useStore.getState();
      const node = newNode(kind, doc.nodes, freeSpot(centre, doc.nodes));
      change({ type: 'addNodes', nodes: [node] });
      select({ nodeIds: [node.id] });
    },
    [rf],
  );
}
