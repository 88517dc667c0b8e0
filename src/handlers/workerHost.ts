import type { WorkerMessage } from '../protocol/messages';
import type { WorkerHost } from './workerMain';

interface Port {
  onmessage: ((e: unknown) => void) | null;
  postMessage(m: unknown): void;
}
interface Scope {
  postMessage(m: unknown): void;
  addEventListener(type: 'message', fn: (e: { data: unknown; ports?: readonly Port[] }) => void): void;
  MessageChannel: new () => { port1: Port; port2: Port };
  process?: {
    memoryUsage?: () => { heapUsed: number };
    on?: (event: string, fn: (reason: unknown) => void) => void;
  };
  performance?: { memory?: { usedJSHeapSize: number } };
}

/** The sandbox frame's first message to a worker: the port the app talks through. */
const PORT_HANDSHAKE = 'eventflow.port';

/**
 * Takes the worker's channel, a macrotask tick and a memory probe from the global scope
 * (before it is locked). In the browser the channel is a MessagePort handed over first by
 * the sandbox frame (the app talks to the worker directly); in Node, the global one.
 */
export function workerHostFromGlobals(): WorkerHost {
  const g = globalThis as unknown as Scope;
  const globalPost = g.postMessage.bind(globalThis);
  const listen = g.addEventListener.bind(globalThis);
  let port: Port | null = null;
  const post = (m: unknown) => (port ? port.postMessage(m) : globalPost(m));
  const channel = new g.MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const usage = g.process?.memoryUsage?.bind(g.process);
  const perf = g.performance;
  return {
    post: (m: WorkerMessage) => post(m),
    listen(on) {
      listen('message', (e) => {
        if (!port && e.data === PORT_HANDSHAKE && e.ports?.[0]) {
          port = e.ports[0];
          port.onmessage = (ev) => on((ev as { data: unknown }).data);
        } else on(e.data);
      });
    },
    tick: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      }),
    onUnhandledRejection(fn) {
      // Node ends a thread on an unhandled rejection; the browser only logs it. Both report here.
      if (g.process?.on) g.process.on('unhandledRejection', fn);
      else
        listen('unhandledrejection' as 'message', (e) => {
          (e as unknown as { preventDefault(): void }).preventDefault();
          fn((e as unknown as { reason: unknown }).reason);
        });
    },
    memoryMb() {
      const bytes = usage ? usage().heapUsed : perf?.memory?.usedJSHeapSize;
      return bytes === undefined ? null : Math.max(1, Math.round(bytes / 1048576));
    },
  };
}
