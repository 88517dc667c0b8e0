import { useEffect } from 'react';
import { persistDrafts, restoreDrafts, selectHasDirtyDrafts, useStore, type DraftStorage } from '../../store';

function localDrafts(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: drafts live in memory only
  }
}

/**
 * Keeps unsaved handler code across reloads and crashes: drafts are mirrored to
 * localStorage (by function id + hash of the code they were edited from) and restored
 * when the document's saved code still equals that base, also when a replaced document
 * comes back. Warns before the page unloads while a draft is unsaved.
 */
export function useDraftPersistence(): void {
  useEffect(() => {
    const storage = localDrafts();
    const restore = () => {
      const { doc, resetCodeDrafts } = useStore.getState();
      resetCodeDrafts(storage ? restoreDrafts(storage, doc) : {});
    };
    restore();
    const off = useStore.subscribe((s, prev) => {
      if (s.docEpoch !== prev.docEpoch) {
        // Another flow: its drafts (if any) come back; the old flow's stay in storage.
        s.openCodeEditor(null);
        restore();
        return;
      }
      if (storage && s.codeDrafts !== prev.codeDrafts)
        persistDrafts(storage, prev.codeDrafts, s.codeDrafts, s.codeDraftsSession !== prev.codeDraftsSession);
    });
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!selectHasDirtyDrafts(useStore.getState())) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      off();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
