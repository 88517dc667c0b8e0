import { createBrowserHandlerPool } from '../browser/browserPool';
import { handlerWorkerSource } from '../browser/handlerWorkerSource';
import { createRunController } from './runController';
import type { Speed } from './pacer';
import { SPEEDS } from './pacer';

const SPEED_KEY = 'eventflow.run.speed';

function savedSpeed(): Speed {
  try {
    const raw = localStorage.getItem(SPEED_KEY);
    const v: Speed = raw === 'max' ? 'max' : Number(raw);
    return raw !== null && SPEEDS.includes(v) ? v : 1;
  } catch {
    return 1;
  }
}

/** The app's one run: the controls start it, the panels read its result and live data. */
export const runSession = createRunController({
  makePool: async () => createBrowserHandlerPool(await handlerWorkerSource()),
  speed: typeof localStorage === 'undefined' ? 1 : savedSpeed(),
});

/** The speed is a viewing preference of this browser, not part of the flow. */
let remembered = runSession.getState().speed;
runSession.subscribe(() => {
  const { speed } = runSession.getState();
  if (speed === remembered) return;
  remembered = speed;
  try {
    localStorage.setItem(SPEED_KEY, String(speed));
  } catch {
    // Private mode or full storage: the speed is simply not remembered.
  }
});
