export {
  createRunController,
  hasOwnCode,
  IDLE_RUN,
  type RunController,
  type RunState,
  type RunStatus,
  type PoolHandle,
} from './runController';
export { runSession } from './session';
export { useRunState, useRunResult } from './useRun';
