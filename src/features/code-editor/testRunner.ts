import type { Flow } from '../../model';
import { createBrowserHandlerPool, type BrowserHandlerPool } from '../../runtime/browser/browserPool';
import { handlerWorkerSource } from '../../runtime/browser/handlerWorkerSource';
import { testFlow } from './testFlow';
import { runTest } from './testRun';
import type { TestOutcome } from '../../store';

let pool: Promise<BrowserHandlerPool> | null = null;
/** Tests run one at a time: each starts a new run in the same workers. */
let queue: Promise<unknown> = Promise.resolve();

function getPool(): Promise<BrowserHandlerPool> {
  pool ??= handlerWorkerSource().then((source) => createBrowserHandlerPool(source, { size: 1 }));
  pool.catch(() => (pool = null));
  return pool;
}

/**
 * Invokes one function of `flow` with `event` and `code` (the editor's text), as the
 * Lambda console's Test does, inside a simulated run of the flow so its SDK calls reach
 * the flow's resources (which start empty). Queued behind any Test still running.
 */
export function runFunctionTest(
  flow: Flow,
  functionId: string,
  code: string,
  event: unknown,
): Promise<TestOutcome> {
  const run = queue.then(async () => {
    const p = await getPool();
    try {
      return await runTest(p.pool, testFlow(flow, functionId, code), functionId, event, macrotask);
    } catch (e) {
      // The workers may be in any state: the next Test starts a new sandbox.
      p.dispose();
      pool = null;
      throw e;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** One macrotask (no 4 ms clamp): lets the page paint and handle input between slices. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
