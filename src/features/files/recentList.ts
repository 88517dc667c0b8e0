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
