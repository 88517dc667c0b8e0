import type { StateCreator } from 'zustand';
import type { StoreState } from './index';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'failed';

/** Control state of the live run only; its data (summary, spans, stores) stays in the run controller. */
export interface RunControl {
  status: RunStatus;
  /** 0..1 of the virtual duration. */
  progress: number;
  virtualMs: number;
  durationMs: number;
  error: string | null;
  /** Bumped when a new result is ready, so panels know to read it again. */
  runEpoch: number;
}

export interface RunSlice {
  run: RunControl;
  /** Merges control state; the run controls call it at most ~10 times a second. */
  setRunControl: (patch: Partial<RunControl>) => void;
}

export const IDLE_RUN_CONTROL: RunControl = {
  status: 'idle',
  progress: 0,
  virtualMs: 0,
  durationMs: 0,
  error: null,
  runEpoch: 0,
};

export const createRunSlice: StateCreator<StoreState, [], [], RunSlice> = (set) => ({
  run: IDLE_RUN_CONTROL,
  setRunControl: (patch) => set((s) => ({ run: { ...s.run, ...patch } })),
});
