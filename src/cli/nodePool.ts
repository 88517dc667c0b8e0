// Node worker_threads wiring for the handler pool: the CLI's `simulate`, tests, benchmarks.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { nodeWorkerPlatform, type NodeWorkerConstructor } from '../runtime/nodePlatform';
import { HandlerPool, type PoolOptions } from '../runtime/pool';
import type { WorkerPlatform } from '../runtime/platform';

const require = createRequire(import.meta.url);

/** Workers that load the TypeScript entry through tsx (no build step). */
export function nodeHandlerPlatform(maxHeapMb?: number): WorkerPlatform {
  return nodeWorkerPlatform(Worker as unknown as NodeWorkerConstructor, {
    entry: new URL('../handlers/handler.worker.ts', import.meta.url).href,
    tsx: pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href,
    cores: availableParallelism(),
    ...(maxHeapMb ? { maxHeapMb } : {}),
  });
}

/** A pool of Node worker threads running handler code (close() it when done). */
export function nodeHandlerPool(options: PoolOptions & { maxHeapMb?: number } = {}): HandlerPool {
  return new HandlerPool(nodeHandlerPlatform(options.maxHeapMb), options);
}
