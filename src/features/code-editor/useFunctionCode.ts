import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NodeOfKind } from '../../model';
import { useStore, type StoreState } from '../../store';
import { useDrafts } from './draftStore';
import { handlerDts } from './handlerDts';
import { inferTriggers, type Trigger } from './triggers';

const selectEditorNode = (s: StoreState): NodeOfKind<'function'> | null => {
  const n = s.doc.nodes.find((x) => x.id === s.codeEditorNodeId);
  return n?.kind === 'function' ? n : null;
};

/** The function open in the editor, what triggers it, its typings, and its unsaved text. */
export function useFunctionCode() {
  const node = useStore(selectEditorNode);
  const nodeId = node?.id ?? null;
  const triggers: Trigger[] = useStore(
    useShallow((s) => (nodeId ? inferTriggers(nodeId, s.doc.nodes, s.doc.edges) : [])),
  );
  const draft = useDrafts((s) => (nodeId ? s.drafts[nodeId] : undefined));
  const dts = useMemo(() => handlerDts(triggers), [triggers]);
  return { node, triggers, dts, draft, code: draft ?? node?.settings.code ?? '' };
}

/** Saves the open function's draft to the document: one undo step. */
export function saveDraft(nodeId: string): void {
  const text = useDrafts.getState().drafts[nodeId];
  const { doc, change } = useStore.getState();
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (text === undefined || node?.kind !== 'function') return;
  change({ type: 'updateNode', id: nodeId, settings: { ...node.settings, code: text } });
  useDrafts.getState().clearDraft(nodeId);
}
