import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStore } from '../../store';
import { layoutToChanges, toElkGraph } from './layout';
import type { Size } from './rfMapping';
import { FIT_OPTIONS } from './useViewportFocus';

/** Auto-layout with ELK, loaded on first use so it stays out of the first-load bundle. */
export function useAutoLayout() {
  const rf = useReactFlow();
  const [busy, setBusy] = useState(false);

  const layout = useCallback(async () => {
    const { doc } = useStore.getState();
    if (doc.nodes.length === 0) return;
    setBusy(true);
    try {
      const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
      const sizes = new Map<string, Size>();
      for (const n of doc.nodes) {
        const m = rf.getInternalNode(n.id)?.measured;
        if (m?.width && m.height) sizes.set(n.id, { width: m.width, height: m.height });
      }
      const laidOut = await new ELK().layout(toElkGraph(doc, sizes));
      // Lay out what was measured; nodes added meanwhile keep their place.
      const changes = layoutToChanges(useStore.getState().doc, laidOut);
      if (changes.length > 0) useStore.getState().change(changes);
      void rf.fitView({ ...FIT_OPTIONS, duration: 250 });
    } catch (e) {
      useStore
        .getState()
        .notify({ tone: 'error', title: 'Auto-layout failed', details: [(e as Error).message] });
    } finally {
      setBusy(false);
    }
  }, [rf]);

  return { layout, busy };
}
