import type { Flow } from '../../model';
import type { FunctionCode, InvokeRequest, InvokeResult } from '../../protocol/messages';
import type { RunResult } from '../../sim';
import { runSimulation } from '../driver';
import { createBrowserHandlerPool, type BrowserHandlerPool } from './browserPool';

/** What Playwright specs call in the page to drive real handler workers in the sandbox. */
export interface RuntimeTestApi {
  /** Runs requests against the given functions' code; results by request id. */
  invoke(
    functions: FunctionCode[],
    requests: InvokeRequest[],
    seed?: number,
  ): Promise<Record<string, InvokeResult>>;
  /** Runs a flow with its handlers' code in the sandboxed workers. */
  runFlow(flow: Flow): Promise<RunResult>;
}

declare global {
  interface Window {
    __eventflowRuntime?: RuntimeTestApi;
  }
}

/**
 * Installs `window.__eventflowRuntime`. The app shell calls it next to installTestApi with
 * `handlerWorkerSource`; e2e harnesses pass their own bundle of the worker.
 */
export function installRuntimeTestApi(make: () => Promise<string>): void {
  let pool: Promise<BrowserHandlerPool> | null = null;
  const get = () => (pool ??= make().then((source) => createBrowserHandlerPool(source)));
  window.__eventflowRuntime = {
    async invoke(functions, requests, seed = 1) {
      const { pool: p } = await get();
      p.beginRun({ seed, startEpochMs: Date.parse('2026-01-01T00:00:00Z') }, functions);
      p.submit(requests);
      const out: Record<string, InvokeResult> = {};
      let n = 0;
      while (n < requests.length) {
        const got = await p.next();
        if (got.length === 0) break;
        for (const r of got) out[r.requestId] = r;
        n += got.length;
      }
      return out;
    },
    async runFlow(flow) {
      const { pool: p } = await get();
      return runSimulation(flow, {}, p);
    },
  };
}
