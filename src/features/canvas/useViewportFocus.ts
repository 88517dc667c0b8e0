import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStore, type StoreState } from '../../store';

export const FIT_OPTIONS = { padding: 0.15, maxZoom: 1.25 } as const;

/**
 * Fitting an empty flow would stay queued in React Flow and zoom onto the first node added
 * later, so an empty flow is left as it is.
 */
const hasContent = (s: StoreState) => s.doc.nodes.length > 0 || s.doc.notes.length > 0;

/**
 * Frames the flow when a new document arrives, and answers focus requests: zoom to fit, or
 * centre and select one node (the Problems panel asks for this).
 */
export function useViewportFocus() {
  const rf = useReactFlow();

  useEffect(() => {
    if (hasContent(useStore.getState())) void rf.fitView(FIT_OPTIONS);
    return useStore.subscribe((s, prev) => {
      if (s.docEpoch !== prev.docEpoch) {
        s.clearSelection();
        if (hasContent(s)) void rf.fitView(FIT_OPTIONS);
      }
      if (s.focusRequest.seq === prev.focusRequest.seq) return;
      const { nodeId } = s.focusRequest;
      if (nodeId === null) {
        if (hasContent(s)) void rf.fitView({ ...FIT_OPTIONS, duration: 250 });
        return;
      }
      const internal = rf.getInternalNode(nodeId);
      const isNote = s.doc.notes.some((n) => n.id === nodeId);
      s.select(isNote ? { noteIds: [nodeId] } : { nodeIds: [nodeId] });
      if (!internal) return;
      const { x, y } = internal.internals.positionAbsolute;
      const w = internal.measured.width ?? 0;
      const h = internal.measured.height ?? 0;
      void rf.setCenter(x + w / 2, y + h / 2, { zoom: Math.max(rf.getZoom(), 1), duration: 300 });
    });
  }, [rf]);
}
