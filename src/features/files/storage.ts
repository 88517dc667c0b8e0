import { createStore, get, getMany, setMany, update, type UseStore } from 'idb-keyval';
import { mergeRecent, type AutosavedFlow, type SavedFlow } from './recentList';

// One IndexedDB database of our own, so clearing it never touches anything else.
const DB = 'eventflow-studio';
const STORE = 'files';
const AUTOSAVE = 'autosave';
const LAST_GOOD = 'lastGood';
const RECENT = 'recent';

let store: UseStore | null = null;
// Opened lazily: a browser without IndexedDB (some private modes) fails on use, not on import.
const db = () => (store ??= createStore(DB, STORE));

// Whatever is in the database is checked before use: another version of the app may have written it.
const isEntry = (v: unknown): v is Record<string, unknown> & { key: string; name: string; savedAt: number } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>).key === 'string' &&
  typeof (v as Record<string, unknown>).name === 'string' &&
  typeof (v as Record<string, unknown>).savedAt === 'number';
const isSavedFlow = (v: unknown): v is SavedFlow => isEntry(v) && typeof v.text === 'string';
const isAutosaved = (v: unknown): v is AutosavedFlow => isEntry(v) && 'doc' in v;

/** The autosaved document and the last autosave that loaded cleanly (they differ after a bad edit). */
export async function readAutosave(): Promise<{
  latest: AutosavedFlow | null;
  lastGood: AutosavedFlow | null;
}> {
  const [latest, lastGood] = await getMany<unknown>([AUTOSAVE, LAST_GOOD], db());
  return { latest: isAutosaved(latest) ? latest : null, lastGood: isAutosaved(lastGood) ? lastGood : null };
}

/** Saves the current document; `good` when it loads back cleanly, so it also becomes the fallback. */
export function writeAutosave(entry: AutosavedFlow, good: boolean): Promise<void> {
  return setMany(
    good
      ? [
          [AUTOSAVE, entry],
          [LAST_GOOD, entry],
        ]
      : [[AUTOSAVE, entry]],
    db(),
  );
}

export async function readRecent(): Promise<SavedFlow[]> {
  const list = await get<unknown>(RECENT, db());
  return Array.isArray(list) ? list.filter(isSavedFlow) : [];
}

export function keepInRecent(entry: SavedFlow): Promise<void> {
  return update<unknown>(
    RECENT,
    (old) => mergeRecent(Array.isArray(old) ? old.filter(isSavedFlow) : [], entry),
    db(),
  );
}
