import type { Speed } from './pacer';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'failed';

/** What the last Step did: the clock it reached and what happened at that instant. */
export interface StepInfo {
  atMs: number;
  /** Messages that crossed edges and spans that ended during the step. */
  hops: number;
  spans: number;
}

export interface RunState {
  status: RunStatus;
  /** 0..1 of the run's virtual duration. */
  progress: number;
  virtualMs: number;
  durationMs: number;
  seed: number;
  error: string | null;
  /** Whether the handlers' own code ran (sandbox workers) or only the declared model. */
  withCode: boolean;
  /** `withCode` of the run that produced the current result. */
  resultWithCode: boolean;
  /** Bumped each time a new result is ready. */
  epoch: number;
  speed: Speed;
  /** Virtual ms per real ms over the last second of running (null when not running). */
  actualSpeed: number | null;
  /** The run is slower than the speed asked for (the machine cannot keep up). */
  behind: boolean;
  lastStep: StepInfo | null;
  /** Events the core processed so far. */
  events: number;
}

export const IDLE_RUN: RunState = {
  status: 'idle',
  progress: 0,
  virtualMs: 0,
  durationMs: 0,
  seed: 0,
  error: null,
  withCode: false,
  resultWithCode: false,
  epoch: 0,
  speed: 1,
  actualSpeed: null,
  behind: false,
  lastStep: null,
  events: 0,
};

/** Whether a run is under way (running or paused): its clock can still move. */
export const isActive = (s: RunState): boolean => s.status === 'running' || s.status === 'paused';
