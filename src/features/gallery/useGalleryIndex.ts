import { useCallback, useEffect, useState } from 'react';
import { loadGalleryIndex } from './catalog';
import type { GalleryEntry } from './catalogEntries';

export type IndexState =
  { type: 'loading' } | { type: 'ready'; entries: GalleryEntry[] } | { type: 'failed'; reason: string };

/** The example list while the gallery is open; `retry` asks again after a failure. */
export function useGalleryIndex(open: boolean): { state: IndexState; retry: () => void } {
  const [state, setState] = useState<IndexState>({ type: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!open) return;
    let live = true;
    loadGalleryIndex().then(
      (entries) => live && setState({ type: 'ready', entries }),
      (e: unknown) =>
        live && setState({ type: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, attempt]);
  const retry = useCallback(() => {
    setState({ type: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
