import { invokeAt, resultColumns } from '../protocol/columns';
import { PROTOCOL_VERSION, type FunctionCode, type HostItem, type HostMessage, type InvokeRequest, type ModuleLoader, type RunConfig, type WorkerMessage, type WorkerResult } from '../protocol/messages';
import { Environment } from './environment';
import { Invocation } from './invocation';

/** What the worker needs from where it runs (a Web Worker or a Node worker thread). */
export interface WorkerHost {
  post(message: WorkerMessage): void;
  listen(on: (data: unknown) => void): void;
  /** Resolves after a macrotask: every microtask queued before has run. */
  tick(): Promise<void>;
  /** Heap in use, in MB, if the platform tells (REPORT's Max Memory Used). */
  memoryMb(): number | null;
}

/**
 * The worker's loop: takes batches, runs invocations on their environments, and after
 * each round (one macrotask) posts the results that finished in it, all in one message.
 */
export function startHandlerWorker(host: WorkerHost): void {
  const fns = new Map<string, FunctionCode>();
  const envs = new Map<string, Environment>();
  const active = new Set<Invocation>();
  let run: RunConfig = { seed: 0, startEpochMs: 0 };
  let loader: ModuleLoader = 'blob';
  let looping = false;
  let memory: number | null = null;
  const memoryMb = () => (memory ??= host.memoryMb());

  const fail = (message: string) => host.post({ type: 'failure', v: PROTOCOL_VERSION, error: { type: 'ProtocolError', message } });

  function accept(item: HostItem): void {
    if (item.type === 'reset') {
      run = item.run;
      fns.clear();
      envs.clear();
      active.clear();
    } else if (item.type === 'load') fns.set(item.fn.functionId, item.fn);
    else {
      const b = item.batch;
      for (let i = 0; i < b.ids.length; i++) {
        const r = invokeAt(b, i, (fnId, envId) => envs.get(`${fnId}#${envId}`)?.context);
        if (!r) return fail(`no context for environment ${b.functionIds[i]}#${b.environmentIds[i]}`);
        invoke(b.ids[i]!, r);
      }
    }
  }

  function invoke(id: number, r: InvokeRequest): void {
    const key = `${r.functionId}#${r.environmentId}`;
    let env = envs.get(key);
    if (!env || r.coldStart) {
      const fn = fns.get(r.functionId);
      if (!fn) return fail(`no code loaded for function ${r.functionId}`);
      envs.set(key, (env = new Environment(fn, r.environmentId, run, r)));
    }
    const inv = new Invocation(id, r, env, memoryMb);
    active.add(inv);
    inv.start(loader);
  }

  async function loop(): Promise<void> {
    looping = true;
    while (active.size > 0) {
      await host.tick();
      memory = null;
      const done: WorkerResult[] = [];
      for (const inv of active) {
        if (!inv.result) inv.step();
        if (!inv.result) continue;
        done.push(inv.result);
        active.delete(inv);
        if (inv.discard) envs.delete(`${inv.request.functionId}#${inv.request.environmentId}`);
      }
      if (done.length > 0) host.post({ type: 'results', v: PROTOCOL_VERSION, results: resultColumns(done) });
    }
    looping = false;
  }

  host.listen((data) => {
    const m = data as HostMessage;
    if (typeof m !== 'object' || m === null || m.v !== PROTOCOL_VERSION) return fail(`protocol version ${String((m as { v?: unknown })?.v)} is not ${PROTOCOL_VERSION}`);
    if (m.type === 'configure') {
      loader = m.loader;
      return host.post({ type: 'ready', v: PROTOCOL_VERSION });
    }
    if (m.type !== 'batch') return fail(`unknown message type ${String((m as { type?: unknown }).type)}`);
    for (const item of m.items) accept(item);
    if (!looping && active.size > 0) void loop();
  });
}
