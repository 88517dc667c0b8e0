import { useCallback, useRef } from 'react';
import { useStore } from '../../store';
import {
  CLIPBOARD_KEY,
  copyPayload,
  isFlowFileText,
  parsePayload,
  planPaste,
  serializePayload,
  type ClipboardPayload,
} from './clipboard';

const STEP = 32;

/**
 * Copy, cut, paste and duplicate. The payload goes to localStorage (shared by every tab of
 * the app) and to the system clipboard when the browser lets us; paste prefers the system
 * clipboard when it holds an Eventflow payload.
 */
export function useClipboardActions() {
  // Pasting the same payload again steps further, so copies do not pile up on one spot.
  const lastPaste = useRef<{ text: string; count: number } | null>(null);

  const insert = useCallback((payload: ClipboardPayload, offsetSteps: number) => {
    const { doc, change, select } = useStore.getState();
    const plan = planPaste(payload, doc, { x: STEP * offsetSteps, y: STEP * offsetSteps });
    change([
      { type: 'addNodes', nodes: plan.nodes },
      { type: 'addEdges', edges: plan.edges },
      { type: 'addNotes', notes: plan.notes },
    ]);
    select({ nodeIds: plan.nodes.map((n) => n.id), noteIds: plan.notes.map((n) => n.id) });
  }, []);

  const copy = useCallback((): boolean => {
    const { doc, selection } = useStore.getState();
    const payload = copyPayload(doc, selection.nodeIds, selection.noteIds);
    if (!payload) return false;
    const text = serializePayload(payload);
    try {
      localStorage.setItem(CLIPBOARD_KEY, text);
    } catch {
      // Storage full or blocked: the system clipboard may still work.
    }
    navigator.clipboard?.writeText(text).catch(() => undefined);
    lastPaste.current = { text, count: 0 };
    return true;
  }, []);

  const cut = useCallback(() => {
    if (!copy()) return;
    // What was cut comes back where it was on the first paste.
    if (lastPaste.current) lastPaste.current.count = -1;
    const { selection, change, clearSelection } = useStore.getState();
    change([
      { type: 'removeNodes', ids: selection.nodeIds },
      { type: 'removeNotes', ids: selection.noteIds },
    ]);
    clearSelection();
  }, [copy]);

  /** Pastes from `text` (a paste event's data) if it is a payload, else from localStorage. */
  const pasteText = useCallback(
    (text: string | null) => {
      // A whole flow file is the files feature's to open, not nodes to paste.
      if (text && isFlowFileText(text)) return;
      const stored = safeRead();
      const source = parsePayload(text) ? text : stored;
      const payload = parsePayload(source);
      if (!payload || !source) return;
      const count = lastPaste.current && lastPaste.current.text === source ? lastPaste.current.count + 1 : 1;
      lastPaste.current = { text: source, count };
      insert(payload, count);
    },
    [insert],
  );

  /** For when no paste event came: asks the async clipboard API, then localStorage. */
  const pasteFromClipboard = useCallback(async () => {
    let text: string | null = null;
    try {
      text = (await navigator.clipboard?.readText()) ?? null;
    } catch {
      text = null;
    }
    pasteText(text);
  }, [pasteText]);

  const duplicate = useCallback(() => {
    const { doc, selection } = useStore.getState();
    const payload = copyPayload(doc, selection.nodeIds, selection.noteIds);
    if (payload) insert(payload, 1);
  }, [insert]);

  return { copy, cut, pasteText, pasteFromClipboard, duplicate };
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(CLIPBOARD_KEY);
  } catch {
    return null;
  }
}
