import type { WorkerMessage } from '../protocol/messages';
import type { WorkerHost } from './workerMain';

interface Port {
  onmessage: ((e: unknown) => void) | null;
  postMessage(m: unknown): void;
}
interface Scope {
  postMessage(m: unknown): void;
  addEventListener(type: 'message', fn: (e: { data: unknown }) => void): void;
  MessageChannel: new () => { port1: Port; port2: Port };
  process?: { memoryUsage?: () => { heapUsed: number } };
  performance?: { memory?: { usedJSHeapSize: number } };
}

/** Takes the worker's channel, a macrotask tick and a memory probe from the global scope (before it is locked). */
export function workerHostFromGlobals(): WorkerHost {
  const g = globalThis as unknown as Scope;
  const post = g.postMessage.bind(globalThis);
  const listen = g.addEventListener.bind(globalThis);
  const channel = new g.MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const usage = g.process?.memoryUsage?.bind(g.process);
  const perf = g.performance;
  return {
    post: (m: WorkerMessage) => post(m),
    listen: (on) => listen('message', (e) => on(e.data)),
    tick: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      }),
    memoryMb() {
      const bytes = usage ? usage().heapUsed : perf?.memory?.usedJSHeapSize;
      return bytes === undefined ? null : Math.max(1, Math.round(bytes / 1048576));
    },
  };
}
