import { createBrowserHandlerPool } from '../browser/browserPool';
import { handlerWorkerSource } from '../browser/handlerWorkerSource';
import { createRunController } from './runController';

/** The app's one run: the controls start it, the panels read its result. */
export const runSession = createRunController({
  makePool: async () => createBrowserHandlerPool(await handlerWorkerSource()),
});
