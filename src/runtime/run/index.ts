export {
  createRunController,
  hasOwnCode,
  type RunController,
  type PoolHandle,
  type KeptRun,
} from './runController';
export { IDLE_RUN, isActive, type RunState, type RunStatus, type StepInfo } from './runState';
export { SPEEDS, type Speed } from './pacer';
export { LiveRun, type Hop, type InvokeSpan, SPAN_RING, HOP_RING, LOG_INVOCATIONS } from './live';
export { runSession } from './session';
export { useRunState, useRunResult, useLiveRun, useKeptRun, useLiveFrame } from './useRun';
