/** One document's autosave as the index lists it; the document itself is stored apart. */
export interface AutosaveMeta {
  /** The document key (the same as its Recent entry's). */
  key: string;
  name: string;
  /** Wall-clock milliseconds of the latest save. */
  savedAt: number;
}

/** Past this many entries the oldest may be dropped, but only when nothing is lost (see autosavesToDrop). */
export const AUTOSAVE_KEEP = 20;
/** An entry untouched for this long, and not in Recent, may be dropped once there are too many. */
export const AUTOSAVE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export const byNewest = (a: { savedAt: number }, b: { savedAt: number }): number => b.savedAt - a.savedAt;

/** The index after a save of `entry`'s document: one entry per key, newest first. */
export function upsertMeta(index: readonly AutosaveMeta[], entry: AutosaveMeta): AutosaveMeta[] {
  const meta = { key: entry.key, name: entry.name, savedAt: entry.savedAt };
  return [meta, ...index.filter((e) => e.key !== entry.key)].sort(byNewest);
}

/**
 * Which entries to drop, oldest first, to come back to `keep` entries. An entry is dropped only
 * when no tab holds it and Recent has the same document at least as new, or it is older than
 * `maxAgeMs`; when too few qualify, more than `keep` stay (work is never dropped to save space).
 */
export function autosavesToDrop(
  index: readonly AutosaveMeta[],
  recent: readonly { key: string; savedAt: number }[],
  held: ReadonlySet<string>,
  now: number,
  keep = AUTOSAVE_KEEP,
  maxAgeMs = AUTOSAVE_MAX_AGE_MS,
): string[] {
  let excess = index.length - keep;
  if (excess <= 0) return [];
  const inRecent = new Map(recent.map((r) => [r.key, r.savedAt]));
  const drop: string[] = [];
  for (const e of [...index].sort(byNewest).reverse()) {
    if (excess === 0) break;
    if (held.has(e.key)) continue;
    const covered = (inRecent.get(e.key) ?? -Infinity) >= e.savedAt;
    if (covered || now - e.savedAt > maxAgeMs) {
      drop.push(e.key);
      excess--;
    }
  }
  return drop;
}
