import { autosavesToDrop, upsertMeta, type AutosaveMeta } from './autosaveIndex';
import type { AutosavedFlow } from './recentList';
import { committed, db, isAutosaved, isEntry, RECENT, recentFrom, request } from './storage';

// One entry per document, so tabs editing different documents never write the same key.
const INDEX = 'autosaves';
const latestKey = (key: string) => `autosave:${key}`;
const goodKey = (key: string) => `lastGood:${key}`;
// The single slot of earlier versions, moved into the per-document layout on start.
const LEGACY_LATEST = 'autosave';
const LEGACY_GOOD = 'lastGood';

const indexFrom = (raw: unknown): AutosaveMeta[] =>
  Array.isArray(raw)
    ? raw.filter(isEntry).map((e) => ({ key: e.key, name: e.name, savedAt: e.savedAt }))
    : [];

/** Every autosaved document, newest first (the documents themselves are read one at a time). */
export async function readAutosaveIndex(): Promise<AutosaveMeta[]> {
  return db()('readonly', async (store) => indexFrom(await request(store.get(INDEX))));
}

/** A document's latest autosave and the last one the schema accepted (they differ after a bad edit). */
export function readAutosaved(
  key: string,
): Promise<{ latest: AutosavedFlow | null; lastGood: AutosavedFlow | null }> {
  return db()('readonly', async (store) => {
    const [latest, lastGood] = await Promise.all([
      request(store.get(latestKey(key))),
      request(store.get(goodKey(key))),
    ]);
    return { latest: isAutosaved(latest) ? latest : null, lastGood: isAutosaved(lastGood) ? lastGood : null };
  });
}

/**
 * Saves a document's autosave (`good`: it loads back cleanly, so it is also its fallback) and
 * drops the oldest entries past the limit that are safe to drop. One transaction, so two tabs
 * saving at once never lose each other's index entries. `held`: keys other tabs have open.
 */
export function writeAutosave(entry: AutosavedFlow, good: boolean, held: ReadonlySet<string>): Promise<void> {
  return db()('readwrite', async (store) => {
    const done = committed(store.transaction);
    const [rawIndex, rawRecent] = await Promise.all([request(store.get(INDEX)), request(store.get(RECENT))]);
    store.put(entry, latestKey(entry.key));
    if (good) store.put(entry, goodKey(entry.key));
    const index = upsertMeta(indexFrom(rawIndex), entry);
    const keep = new Set([...held, entry.key]);
    const drop = new Set(autosavesToDrop(index, recentFrom(rawRecent), keep, entry.savedAt));
    for (const key of drop) {
      store.delete(latestKey(key));
      store.delete(goodKey(key));
    }
    store.put(
      index.filter((e) => !drop.has(e.key)),
      INDEX,
    );
    await done;
  });
}

/** Moves the single autosave slot of earlier versions into its document's entry, once. */
export function migrateLegacyAutosave(): Promise<void> {
  return db()('readwrite', async (store) => {
    const done = committed(store.transaction);
    const [latest, lastGood, rawIndex] = await Promise.all([
      request(store.get(LEGACY_LATEST)),
      request(store.get(LEGACY_GOOD)),
      request(store.get(INDEX)),
    ]);
    if (latest === undefined && lastGood === undefined) return;
    if (isAutosaved(latest)) {
      store.put(latest, latestKey(latest.key));
      // The old fallback served whatever the slot held last; it now serves that document.
      if (isAutosaved(lastGood)) store.put({ ...lastGood, key: latest.key }, goodKey(latest.key));
      store.put(upsertMeta(indexFrom(rawIndex), latest), INDEX);
    }
    store.delete(LEGACY_LATEST);
    store.delete(LEGACY_GOOD);
    await done;
  });
}
