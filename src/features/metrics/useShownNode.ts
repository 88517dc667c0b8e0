import { useState } from 'react';
import { selectSelectedNode, useStore, type StoreState } from '../../store';

const selectSelectedId = (s: StoreState) => selectSelectedNode(s)?.id ?? null;

export interface ShownNode {
  /** The node whose charts show, or null for the overview. */
  nodeId: string | null;
  /** True when it is the canvas selection (not a pick in the panel). */
  fromSelection: boolean;
  pick: (nodeId: string | null) => void;
}

/**
 * The canvas selection (exactly one node) unless the person picked another node, or the
 * overview, in the panel; a new canvas selection wins again.
 */
export function useShownNode(): ShownNode {
  const selected = useStore(selectSelectedId);
  const [pick, setPick] = useState<{ forSelection: string | null; nodeId: string | null } | null>(null);
  const picked = pick !== null && pick.forSelection === selected;
  return {
    nodeId: picked ? pick.nodeId : selected,
    fromSelection: !picked && selected !== null,
    pick: (nodeId) => setPick({ forSelection: selected, nodeId }),
  };
}
