import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { RunResult } from '../../sim';
import { onFrame } from './frames';
import type { LiveRun } from './live';
import type { KeptRun } from './runController';
import type { RunState } from './runState';
import { runSession } from './session';

/** The run's control state (status, progress), re-rendering at most ~10 times a second. */
export function useRunState(): RunState {
  return useSyncExternalStore(runSession.subscribe, runSession.getState);
}

/** The last finished (or stopped) run's result; run data never goes through the store. */
export function useRunResult(): RunResult | null {
  return useSyncExternalStore(runSession.subscribe, runSession.getResult);
}

/** The current run's live data (a new object per run; null before the first run or after a reset). */
export function useLiveRun(): LiveRun | null {
  return useSyncExternalStore(runSession.subscribe, runSession.getLive);
}

/** The run kept for comparison, if any. */
export function useKeptRun(): KeptRun | null {
  return useSyncExternalStore(runSession.subscribe, runSession.getKept);
}

/**
 * Reads the live run at animation-frame pace, only when it changed, at most every `everyMs`
 * real ms; re-renders with what `read` returned (null when there is no run). Keep `read`
 * stable (useCallback) or pass the values it depends on in `deps`.
 */
export function useLiveFrame<T>(read: (live: LiveRun) => T, everyMs = 0, deps: unknown[] = []): T | null {
  const live = useLiveRun();
  const [state, setState] = useState<{ live: LiveRun | null; value: T | null }>({ live: null, value: null });
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    if (!live) return;
    let seen = -1;
    let last = -Infinity;
    return onFrame((frameMs) => {
      if (live.version === seen || frameMs - last < everyMs) return;
      seen = live.version;
      last = frameMs;
      setState({ live, value: readRef.current(live) });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live, everyMs, ...deps]);
  return live && state.live === live ? state.value : null;
}
