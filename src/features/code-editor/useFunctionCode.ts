import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore, type StoreState } from '../../store';
import { handlerDts } from './handlerDts';
import { selectEditorDraft, selectEditorNode } from './selectors';
import { inferTriggers, type Trigger } from './triggers';

const NO_TRIGGERS: Trigger[] = [];

const selectTriggers = (s: StoreState): Trigger[] =>
  s.codeEditorNodeId === null ? NO_TRIGGERS : inferTriggers(s.codeEditorNodeId, s.doc.nodes, s.doc.edges);

/** The function open in the editor, what triggers it, its typings, and its unsaved text. */
export function useFunctionCode() {
  const node = useStore(selectEditorNode);
  const triggers = useStore(useShallow(selectTriggers));
  const draft = useStore(selectEditorDraft);
  const dts = useMemo(() => handlerDts(triggers), [triggers]);
  return { node, triggers, dts, draft, code: draft ?? node?.settings.code ?? '' };
}
