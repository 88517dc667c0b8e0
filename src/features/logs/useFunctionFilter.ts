import { useState } from 'react';
import { selectSelection, useStore, type Selection } from '../../store';

export interface FunctionFilter {
  /** The function whose lines are shown, or null for all. */
  nodeId: string | null;
  /** True when it follows the canvas selection (the panel shows a chip to undo that). */
  fromSelection: boolean;
  /** The picker: one function, or all (null). */
  pick: (nodeId: string | null) => void;
  /** The chip's ×: all functions again, the canvas selection unchanged. */
  dismiss: () => void;
}

/**
 * Which function the panel shows. Selecting exactly one function on the canvas filters to it;
 * the picker and the chip's × override that until the next selection, which filters again.
 */
export function useFunctionFilter(functionIds: ReadonlySet<string>): FunctionFilter {
  const selection = useStore(selectSelection);
  const [picked, setPicked] = useState<{ nodeId: string | null; under: Selection } | null>(null);
  const [dismissedFor, setDismissedFor] = useState<Selection | null>(null);
  const one = selection.nodeIds.length === 1 && selection.edgeIds.length === 0 ? selection.nodeIds[0]! : null;
  const followsSelection =
    one !== null && functionIds.has(one) && dismissedFor !== selection && picked?.under !== selection;
  return {
    nodeId: followsSelection ? one : picked?.nodeId && functionIds.has(picked.nodeId) ? picked.nodeId : null,
    fromSelection: followsSelection,
    pick: (nodeId) => setPicked({ nodeId, under: selection }),
    dismiss: () => {
      setDismissedFor(selection);
      setPicked({ nodeId: null, under: selection });
    },
  };
}
