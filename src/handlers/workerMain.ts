import { invokeAt, resultColumns } from '../protocol/columns';
import {
  PROTOCOL_VERSION,
  type FunctionCode,
  type HostItem,
  type HostMessage,
  type InvokeRequest,
  type ModuleLoader,
  type RunConfig,
  type SdkWait,
  type WorkerMessage,
  type WorkerResult,
} from '../protocol/messages';
import { Environment } from './environment';
import { Invocation } from './invocation';

const MICROTASK_TURNS = 8;

/** What the worker needs from where it runs (a Web Worker or a Node worker thread). */
export interface WorkerHost {
  post(message: WorkerMessage): void;
  listen(on: (data: unknown) => void): void;
  /** Resolves after a macrotask: every microtask queued before has run. */
  tick(): Promise<void>;
  /** Heap in use, in MB, if the platform tells (REPORT's Max Memory Used). */
  memoryMb(): number | null;
  /** Calls `fn` with the reason of every promise rejection nobody handled. */
  onUnhandledRejection(fn: (reason: unknown) => void): void;
}

/**
 * The worker's loop: takes batches, runs invocations on their environments, and after
 * each round (one macrotask) posts the results that finished in it, all in one message.
 */
export function startHandlerWorker(host: WorkerHost): void {
  /** Per function: its code, its live environments, and the contexts of every environment seen (kept after one is dropped: a late request may name it). */
  const fns = new Map<
    string,
    { code: FunctionCode; envs: Map<number, Environment>; contexts: Map<number, InvokeRequest['context']> }
  >();
  const active = new Set<Invocation>();
  const byId = new Map<number, Invocation>();
  let run: RunConfig = { seed: 0, startEpochMs: 0 };
  let loader: ModuleLoader = 'blob';
  let looping = false;
  let memory: number | null = null;
  const memoryMb = () => (memory ??= host.memoryMb());

  const fail = (message: string) =>
    host.post({ type: 'failure', v: PROTOCOL_VERSION, error: { type: 'ProtocolError', message } });

  function accept(item: HostItem): void {
    if (item.type === 'reset') {
      run = item.run;
      fns.clear();
      active.clear();
      byId.clear();
    } else if (item.type === 'answers') {
      for (const a of item.answers) byId.get(a.id)?.answer(a);
    } else if (item.type === 'load')
      fns.set(item.fn.functionId, { code: item.fn, envs: new Map(), contexts: new Map() });
    else {
      const b = item.batch;
      for (let i = 0; i < b.ids.length; i++) {
        const r = invokeAt(b, i, (fnId, envId) => fns.get(fnId)?.contexts.get(envId));
        if (!r) return fail(`no context for environment ${b.functionIds[i]}#${b.environmentIds[i]}`);
        invoke(b.ids[i]!, r);
      }
    }
  }

  function invoke(id: number, r: InvokeRequest): void {
    const fn = fns.get(r.functionId);
    if (!fn) return fail(`no code loaded for function ${r.functionId}`);
    if (!fn.contexts.has(r.environmentId)) fn.contexts.set(r.environmentId, r.context);
    let env = fn.envs.get(r.environmentId);
    if (!env || r.coldStart)
      fn.envs.set(r.environmentId, (env = new Environment(fn.code, r.environmentId, run, r)));
    const inv = new Invocation(id, r, env, memoryMb, run.platformLines !== false);
    active.add(inv);
    byId.set(id, inv);
    inv.start(loader);
  }

  /**
   * Posts what finished; `step` (the code is idle: a macrotask passed) lets the idle ones
   * move their virtual time on and reports the ones waiting for SDK answers. Returns
   * whether any invocation can still go on without the host.
   */
  function collect(step: boolean): boolean {
    memory = null;
    const done: WorkerResult[] = [];
    const waits: SdkWait[] = [];
    let moving = false;
    for (const inv of active) {
      if (!inv.finished && step) {
        const w = inv.takeWait();
        if (w) waits.push(w);
        else if (!inv.holding) inv.step();
      }
      if (!inv.finished) {
        moving ||= !inv.holding;
        continue;
      }
      done.push(inv);
      active.delete(inv);
      byId.delete(inv.id);
      if (inv.discard) fns.get(inv.request.functionId)?.envs.delete(inv.request.environmentId);
    }
    if (done.length > 0 || waits.length > 0)
      host.post({
        type: 'results',
        v: PROTOCOL_VERSION,
        results: resultColumns(done),
        ...(waits.length > 0 ? { waits } : {}),
      });
    return moving;
  }

  async function loop(): Promise<void> {
    looping = true;
    // Most handlers settle within a few microtask turns: answer those before waiting a
    // whole macrotask (one hop less per batch; the core waits for these answers).
    for (let i = 0; i < MICROTASK_TURNS; i++) await undefined;
    collect(false);
    // Invocations held by the host (waiting for SDK answers) need no turns: the loop starts
    // again when the answers come.
    while (active.size > 0) {
      await host.tick();
      if (!collect(true)) break;
    }
    looping = false;
  }

  // Lambda ends the environment on an unhandled rejection: find the invocation whose module
  // made the error (its stack names the module's URL) and end it the same way.
  host.onUnhandledRejection((reason) => {
    const stack =
      typeof (reason as { stack?: unknown })?.stack === 'string' ? (reason as { stack: string }).stack : '';
    for (const inv of active)
      if (!inv.finished && inv.env.moduleUrl && stack.includes(inv.env.moduleUrl))
        return inv.unhandledRejection(reason);
  });

  host.listen((data) => {
    const m = data as HostMessage;
    if (typeof m !== 'object' || m === null || m.v !== PROTOCOL_VERSION)
      return fail(`protocol version ${String((m as { v?: unknown })?.v)} is not ${PROTOCOL_VERSION}`);
    if (m.type === 'configure') {
      loader = m.loader;
      return host.post({ type: 'ready', v: PROTOCOL_VERSION });
    }
    if (m.type !== 'batch') return fail(`unknown message type ${String((m as { type?: unknown }).type)}`);
    for (const item of m.items) accept(item);
    if (!looping && active.size > 0) void loop();
  });
}
