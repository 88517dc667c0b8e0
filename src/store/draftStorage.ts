import type { Flow } from '../model';
import type { CodeDraft } from './editorSlice';

/** The part of the Web Storage API drafts need (localStorage in the app, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'eventflow.codeDraft.';

/** FNV-1a of the text, as 8 hex digits: ties a stored draft to the code it was edited from. */
export function codeHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The storage key of a draft: the function's id and the hash of its base code. */
export const draftKey = (nodeId: string, base: string): string => `${PREFIX}${nodeId}.${codeHash(base)}`;

/**
 * Mirrors a change of the drafts into storage: writes new or changed drafts, and removes
 * the ones that were saved or discarded, unless `keepRemoved` (the drafts were replaced by
 * another document's: they wait in storage until that flow comes back).
 */
export function persistDrafts(
  storage: DraftStorage,
  prev: Record<string, CodeDraft>,
  next: Record<string, CodeDraft>,
  keepRemoved: boolean,
): void {
  for (const [id, d] of Object.entries(next)) {
    const p = prev[id];
    if (p?.code === d.code && p.base === d.base) continue;
    if (p && p.base !== d.base && !keepRemoved) storage.removeItem(draftKey(id, p.base));
    try {
      storage.setItem(draftKey(id, d.base), JSON.stringify(d));
    } catch {
      // Storage full or refused: the draft still lives in memory; beforeunload warns.
    }
  }
  if (keepRemoved) return;
  for (const [id, p] of Object.entries(prev)) if (!(id in next)) storage.removeItem(draftKey(id, p.base));
}

/** The stored drafts of `flow`'s functions whose saved code still equals the draft's base. */
export function restoreDrafts(storage: DraftStorage, flow: Flow): Record<string, CodeDraft> {
  const out: Record<string, CodeDraft> = {};
  for (const n of flow.nodes) {
    if (n.kind !== 'function') continue;
    const raw = storage.getItem(draftKey(n.id, n.settings.code));
    if (raw === null) continue;
    try {
      const d = JSON.parse(raw) as Partial<CodeDraft>;
      if (d.base === n.settings.code && typeof d.code === 'string' && d.code !== d.base)
        out[n.id] = { code: d.code, base: d.base };
    } catch {
      storage.removeItem(draftKey(n.id, n.settings.code));
    }
  }
  return out;
}
