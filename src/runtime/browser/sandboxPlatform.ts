import type { HostMessage } from '../../protocol/messages';
import type { WorkerEvents, WorkerPlatform, WorkerPort } from '../platform';
import { sandboxDocument } from './sandboxDocument';

export interface SandboxPlatform extends WorkerPlatform {
  /** Ends every worker and removes the frame. */
  dispose(): void;
}

type FrameMessage =
  { type: 'sandbox-ready' } | { type: 'spawned'; id: number } | { type: 'exit'; id: number; message: string };

/**
 * Handler workers inside an opaque-origin sandboxed frame (see sandboxDocument). `source`
 * is the bundled handler worker (handlers/handler.worker.ts) as text: the frame can only
 * start workers from blob: URLs of its own.
 */
export function createSandboxPlatform(
  source: string,
  host: HTMLElement = document.body,
): Promise<SandboxPlatform> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = 'Handler sandbox';
  frame.style.display = 'none';
  frame.srcdoc = sandboxDocument();
  const waiting = new Map<
    number,
    { events: WorkerEvents; queue: HostMessage[]; port: MessagePort | null; ended: boolean }
  >();
  let nextId = 1;
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow) return;
      const m = e.data as FrameMessage;
      if (m.type === 'sandbox-ready') {
        frame.contentWindow!.postMessage({ type: 'source', source }, '*');
        resolve(platform);
        return;
      }
      const w = waiting.get(m.id);
      if (!w) return;
      if (m.type === 'spawned' && e.ports[0] && !w.ended) {
        w.port = e.ports[0];
        w.port.onmessage = (ev) => w.events.message(ev.data);
        for (const q of w.queue.splice(0)) w.port.postMessage(q);
      } else if (m.type === 'exit') {
        waiting.delete(m.id);
        w.events.exit({ type: 'WorkerError', message: m.message });
      }
    };
    window.addEventListener('message', onMessage);
    const platform: SandboxPlatform = {
      loader: 'blob',
      cores: navigator.hardwareConcurrency || 1,
      create(events): WorkerPort {
        const id = nextId++;
        const w = { events, queue: [] as HostMessage[], port: null as MessagePort | null, ended: false };
        waiting.set(id, w);
        frame.contentWindow!.postMessage({ type: 'spawn', id }, '*');
        return {
          post: (m) => (w.port ? w.port.postMessage(m) : w.queue.push(m)),
          terminate() {
            w.ended = true;
            w.port?.close();
            waiting.delete(id);
            frame.contentWindow?.postMessage({ type: 'terminate', id }, '*');
          },
        };
      },
      now: () => performance.now(),
      setInterval: (fn, ms) => window.setInterval(fn, ms),
      clearInterval: (h) => window.clearInterval(h as number),
      dispose() {
        window.removeEventListener('message', onMessage);
        frame.remove();
      },
    };
    host.appendChild(frame);
  });
}
