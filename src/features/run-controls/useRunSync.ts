import { useEffect } from 'react';
import { runSession } from '../../runtime/run';
import { useStore } from '../../store';

/** Mirrors the run controller's control state into the store (it notifies at most ~10 times a second). */
export function useRunSync(): void {
  useEffect(() => {
    const push = () => {
      const s = runSession.getState();
      useStore.getState().setRunControl({
        status: s.status,
        progress: s.progress,
        virtualMs: s.virtualMs,
        durationMs: s.durationMs,
        error: s.error,
        runEpoch: s.epoch,
      });
    };
    push();
    const offRun = runSession.subscribe(push);
    // A result belongs to the document it ran: a new document starts with none.
    const offDoc = useStore.subscribe((s, prev) => {
      if (s.docEpoch !== prev.docEpoch) {
        runSession.reset();
        if (s.traceFocus) s.focusTrace(null);
      }
    });
    return () => {
      offRun();
      offDoc();
    };
  }, []);
}
