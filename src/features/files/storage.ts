import { createStore, get, update, type UseStore } from 'idb-keyval';
import { mergeRecent, type AutosavedFlow, type SavedFlow } from './recentList';

// One IndexedDB database of our own, so clearing it never touches anything else.
const DB = 'eventflow-studio';
const STORE = 'files';
export const RECENT = 'recent';

let store: UseStore | null = null;
// Opened lazily: a browser without IndexedDB (some private modes) fails on use, not on import.
export const db = (): UseStore => (store ??= createStore(DB, STORE));

// Whatever is in the database is checked before use: another version of the app may have written it.
export const isEntry = (
  v: unknown,
): v is Record<string, unknown> & { key: string; name: string; savedAt: number } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>).key === 'string' &&
  typeof (v as Record<string, unknown>).name === 'string' &&
  typeof (v as Record<string, unknown>).savedAt === 'number';
const isSavedFlow = (v: unknown): v is SavedFlow => isEntry(v) && typeof v.text === 'string';
export const isAutosaved = (v: unknown): v is AutosavedFlow => isEntry(v) && 'doc' in v;

/** The Recent list as stored, keeping only well-formed entries. */
export const recentFrom = (raw: unknown): SavedFlow[] => (Array.isArray(raw) ? raw.filter(isSavedFlow) : []);

/** One IndexedDB request as a promise (used inside a transaction, so it stays active). */
export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Settles when the transaction commits (or rejects when it aborts). */
export function committed(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  // Also rejected when a request of it failed first; that caller reports the request's error.
  done.catch(() => {});
  return done;
}

export async function readRecent(): Promise<SavedFlow[]> {
  return recentFrom(await get<unknown>(RECENT, db()));
}

export function keepInRecent(entry: SavedFlow): Promise<void> {
  return update<unknown>(RECENT, (old) => mergeRecent(recentFrom(old), entry), db());
}
