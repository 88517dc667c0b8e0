/** A recent flow, kept in the browser as file text (written rarely: when it is replaced). */
export interface SavedFlow {
  /** Identifies one document across saves, so saving again replaces its entry. */
  key: string;
  name: string;
  /** Wall-clock milliseconds. */
  savedAt: number;
  /** The serialized file, so loading goes through the same parse and migrations as a file. */
  text: string;
}

export const RECENT_MAX = 10;

/** Puts `entry` first, dropping an older entry of the same document or with the same content. */
export function mergeRecent(list: readonly SavedFlow[], entry: SavedFlow, max = RECENT_MAX): SavedFlow[] {
  const rest = list.filter((e) => e.key !== entry.key && e.text !== entry.text);
  return [entry, ...rest].slice(0, max);
}

/**
 * The autosave: the document object as the editor holds it (IndexedDB clones it natively,
 * cheaper than serializing on every save); it loads back through the format's pipeline.
 */
export interface AutosavedFlow {
  key: string;
  name: string;
  savedAt: number;
  doc: unknown;
}

/** One entry of the Recent menu: a replaced flow's file text, or a document only an autosave holds. */
export type RecentChoice =
  | { type: 'file'; key: string; name: string; savedAt: number; text: string }
  | { type: 'autosave'; key: string; name: string; savedAt: number };

/**
 * Recent as the menu shows it: every replaced flow and every autosaved document but the open
 * one, one entry per document (the newer of the two), newest first. So nothing autosaved is
 * out of reach, including documents other tabs are editing.
 */
export function recentChoices(
  recent: readonly SavedFlow[],
  autosaves: readonly { key: string; name: string; savedAt: number }[],
  openKey: string,
): RecentChoice[] {
  const byKey = new Map<string, RecentChoice>();
  for (const r of recent) byKey.set(r.key, { type: 'file', ...r });
  for (const a of autosaves) {
    const known = byKey.get(a.key);
    // On a tie the file text wins: it was taken when the flow was replaced, after any autosave.
    if (!known || a.savedAt > known.savedAt)
      byKey.set(a.key, { type: 'autosave', key: a.key, name: a.name, savedAt: a.savedAt });
  }
  byKey.delete(openKey);
  return [...byKey.values()].sort((a, b) => b.savedAt - a.savedAt);
}
