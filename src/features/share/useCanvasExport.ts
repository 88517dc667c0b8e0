import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useStore } from '../../store';
import { fittedViewport, renderCanvasImage, type CanvasFrame, type ImageFormat } from './canvasImage';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws the canvas as an image. The selection is cleared while drawing (a slide shows no
 * selection ring), and on a large flow, where only what is on screen is rendered, the view is
 * fitted first so every node is there; both are put back afterwards.
 */
export function useCanvasExport(): (format: ImageFormat) => Promise<Blob> {
  const rf = useReactFlow();
  const rfStore = useStoreApi();
  return useCallback(
    async (format: ImageFormat) => {
      const { domNode, width, height } = rfStore.getState();
      const viewport = domNode?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!domNode || !viewport || width === 0 || height === 0)
        throw new Error('the canvas is not on the page');
      const nodes = rf.getNodes();
      if (nodes.length === 0) throw new Error('the flow has nothing to draw yet');
      const frame: CanvasFrame = { viewport, width, height, bounds: rf.getNodesBounds(nodes) };

      const store = useStore.getState();
      const selection = store.selection;
      const selected = selection.nodeIds.length + selection.edgeIds.length + selection.noteIds.length > 0;
      const before = rf.getViewport();
      const missing = domNode.querySelectorAll('.react-flow__node').length < nodes.length;
      if (selected) store.clearSelection();
      if (missing) await rf.setViewport(fittedViewport(frame));
      if (selected || missing) {
        await nextFrame();
        await nextFrame();
      }
      try {
        return await renderCanvasImage(format, frame, window.devicePixelRatio || 1);
      } finally {
        if (missing) await rf.setViewport(before);
        if (selected) useStore.getState().select(selection);
      }
    },
    [rf, rfStore],
  );
}
