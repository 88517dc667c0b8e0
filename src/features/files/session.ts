import { serializeFlow } from '../../format';
import type { Flow } from '../../model';
import { useStore, type StoreState } from '../../store';
import { keepInRecent } from './storage';

/** A new random id: document keys, tab ids. */
export const newKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

// Which document is open, so autosave and Recent update one entry per document.
let currentKey = newKey();
let nextKey: string | null = null;
const keyListeners = new Set<(key: string) => void>();

export const currentDocKey = (): string => currentKey;

function setKey(key: string): void {
  currentKey = key;
  keyListeners.forEach((l) => l(key));
}

/** Calls back whenever the open document's key changes. */
export function onDocKeyChange(listener: (key: string) => void): () => void {
  keyListeners.add(listener);
  return () => void keyListeners.delete(listener);
}

/** Continues the open document under a new key: from now on it is saved as a document of its own. */
export function rekeyDocument(): void {
  setKey(newKey());
}

export const isEmptyFlow = (flow: Flow): boolean =>
  flow.nodes.length === 0 && flow.edges.length === 0 && flow.notes.length === 0;

/** Replaces the document with a fresh history and frames it; `key` continues a saved document. */
export function replaceDocument(flow: Flow, key?: string): void {
  nextKey = key ?? null;
  const s = useStore.getState();
  s.resetDocument(flow);
  s.clearSelection();
  // React Flow defers a fit of an empty flow until the first node appears, which would then
  // jump the view under the person's first drop: there is nothing to frame anyway.
  if (!isEmptyFlow(flow)) s.requestFocus(null);
}

const wasReset = (s: StoreState, prev: StoreState): boolean => s.docEpoch !== prev.docEpoch;

/**
 * Watches for the document being replaced (by this feature or anyone else, e.g. the test
 * API) and keeps the replaced flow in Recent, so New and Open never lose work.
 */
export function trackDocumentSessions(): () => void {
  return useStore.subscribe((s, prev) => {
    if (!wasReset(s, prev)) return;
    const leaving = prev.doc;
    const leavingKey = currentKey;
    const key = nextKey ?? newKey();
    nextKey = null;
    setKey(key);
    if (isEmptyFlow(leaving)) return;
    const entry = { key: leavingKey, name: leaving.name, savedAt: Date.now(), text: serializeFlow(leaving) };
    keepInRecent(entry).catch(() => {
      // Recent is a convenience; the autosave still holds the open document.
    });
  });
}
