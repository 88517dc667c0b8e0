import { PROTOCOL_VERSION } from '../protocol/messages';
import type { WorkerPlatform } from './platform';

/** The part of node:worker_threads' Worker the pool uses (passed in: runtime/ has no Node types). */
export interface NodeWorker {
  postMessage(message: unknown): void;
  on(event: 'message' | 'error' | 'exit', listener: (arg: never) => void): unknown;
  terminate(): unknown;
}
export type NodeWorkerConstructor = new (
  source: string,
  options: {
    eval: true;
    workerData: unknown;
    resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number };
  },
) => NodeWorker;

export interface NodePlatformOptions {
  /** file: URL of the worker entry (src/handlers/handler.worker.ts, or its built .js). */
  entry: string;
  /** file: URL of `tsx/esm/api`, registered first so the worker can load .ts sources. */
  tsx?: string;
  /** Heap cap per worker in MB: a handler that exhausts it ends its worker (default 512). */
  maxHeapMb?: number;
  cores: number;
}

// The worker starts as a small CommonJS script that gives the entry the Web Worker globals
// it expects (postMessage, addEventListener), so the same entry runs in both places.
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.postMessage = (m) => parentPort.postMessage(m);
globalThis.addEventListener = (type, fn) => { if (type === 'message') parentPort.on('message', (data) => fn({ data })); };
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})().catch((e) => parentPort.postMessage({ type: 'failure', v: workerData.v, error: { type: 'WorkerStartError', message: String((e && e.stack) || e) } }));
`;

/**
 * Node worker_threads for the CLI, tests and benchmarks. Weaker isolation than the
 * browser's sandbox frame: handler code shares the process (it could reach Node through
 * eval'd dynamic imports), so the CLI runs only flows the person chose to run.
 */
export function nodeWorkerPlatform(
  Worker: NodeWorkerConstructor,
  options: NodePlatformOptions,
): WorkerPlatform {
  return {
    loader: 'data',
    cores: options.cores,
    create(events) {
      const w = new Worker(BOOTSTRAP, {
        eval: true,
        workerData: { entry: options.entry, tsx: options.tsx ?? null, v: PROTOCOL_VERSION },
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
      });
      let gone = false;
      const exit = (type: string, message: string) => {
        if (gone) return;
        gone = true;
        events.exit({ type, message });
      };
      w.on('message', (m: unknown) => events.message(m));
      w.on('error', (e: Error & { code?: string }) =>
        exit(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'OutOfMemory' : 'WorkerError', String(e.message)),
      );
      w.on('exit', (code: number) => exit('WorkerExit', `worker exited with code ${code}`));
      return {
        post: (m) => w.postMessage(m),
        terminate() {
          gone = true;
          void w.terminate();
        },
      };
    },
    now: () => performance.now(),
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  };
}
