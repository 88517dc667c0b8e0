import { useEffect } from 'react';
import { useStore } from '../../store';
import { createAutosave } from './autosave';
import { setAutosaveState } from './autosaveStatus';
import { continueAsCopy } from './continueAsCopy';
import { persistDocument } from './persist';
import { joinTabs, leaveTabs, rejoinTabs } from './presence';
import { trackDocumentSessions } from './session';
import { startOnce } from './startup';

const AUTOSAVE_DELAY_MS = 500;

/**
 * Restore on start, then autosave (debounced, and at once when the page is hidden or left);
 * tells the other tabs which document this one holds, so each autosaves its own.
 */
export function useDocumentPersistence(): void {
  useEffect(() => {
    const untrack = trackDocumentSessions();
    joinTabs(continueAsCopy);
    let saver: ReturnType<typeof createAutosave> | null = null;
    let cancelled = false;
    void startOnce().then(() => {
      if (cancelled) return;
      saver = createAutosave({
        subscribe: (listener) => useStore.subscribe((s, prev) => s.revision !== prev.revision && listener()),
        read: () => {
          const s = useStore.getState();
          return { doc: s.doc, revision: s.revision };
        },
        write: persistDocument,
        onState: (state, error) => setAutosaveState(state, error === undefined ? null : String(error)),
        delayMs: AUTOSAVE_DELAY_MS,
      });
    });
    const flush = () => void saver?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onHide = () => {
      flush();
      leaveTabs();
    };
    const onShow = (e: PageTransitionEvent) => e.persisted && rejoinTabs();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      untrack();
      saver?.destroy();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
