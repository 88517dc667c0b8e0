import { useSyncExternalStore } from 'react';
import type { RunResult } from '../../sim';
import type { RunState } from './runController';
import { runSession } from './session';

/** The run's control state (status, progress), re-rendering at most ~10 times a second. */
export function useRunState(): RunState {
  return useSyncExternalStore(runSession.subscribe, runSession.getState);
}

/** The last finished (or stopped) run's result; run data never goes through the store. */
export function useRunResult(): RunResult | null {
  return useSyncExternalStore(runSession.subscribe, runSession.getResult);
}
