import { emptyInvokeColumns, pushInvoke } from '../protocol/columns';
import {
  isWorkerMessage,
  PROTOCOL_VERSION,
  type ErrorInfo,
  type FunctionCode,
  type HostItem,
  type InvokeColumns,
  type InvokeRequest,
  type InvokeResult,
  type ResultColumns,
  type RunConfig,
  type SdkAnswer,
  type SdkAnswerItem,
  type SdkCallRequest,
} from '../protocol/messages';
import { LOG_SEPARATOR } from '../protocol/logLines';
import { lostInvocation } from './lostInvocation';
import { defaultPoolSize, type WorkerPlatform, type WorkerPort } from './platform';

export interface PoolOptions {
  /** Workers to run (default: one per core, 1 to 4). */
  size?: number;
  /**
   * Real ms a worker may go without finishing anything before it is stopped (default
   * WALL_CAP_MS). Not tied to the function's timeout: handler code runs in virtual time, so
   * only code that never yields (a busy loop) meets this cap. Values below the default are for tests.
   */
  wallCapMs?: number;
}

/** The real-time cap's default: far above any handler's real INIT or work on a loaded machine. */
export const WALL_CAP_MS = 5000;

/** What goes to one worker in one message: loads first, then the invocations in columns. */
interface Outgoing {
  items: HostItem[];
  invokes: InvokeColumns;
}

interface Pending {
  id: number;
  request: InvokeRequest;
  /** Waiting for SDK answers: the host holds it, not the worker (the watchdog leaves it be). */
  held?: boolean;
}

/** An invocation that waits for its SDK calls (see Simulation.sdkWait). */
export interface PoolWait {
  requestId: string;
  calls: SdkCallRequest[];
}

interface Slot {
  port: WorkerPort;
  generation: number;
  outstanding: Map<number, Pending>;
  loaded: Set<string>;
  /** Environments whose context this worker already has. */
  known: Set<string>;
  lastProgress: number;
  /** The worker answered `configure`: its start-up time does not count against handlers. */
  ready: boolean;
  /** Suspects of a stopped worker, run one at a time to find which one hangs (then new work too). */
  quarantine: Pending[];
}

/**
 * Real workers running handler code. Simulated environments are pinned to a worker (their
 * module state lives there); work goes out in one batch per worker per submit; a watchdog
 * stops a worker that stops making progress and replaces it, and the run goes on.
 */
export class HandlerPool {
  private readonly slots: Slot[] = [];
  private readonly pinned = new Map<string, number>();
  private readonly fns = new Map<string, FunctionCode>();
  private run: RunConfig | null = null;
  private results: PoolResult[] = [];
  private waits: PoolWait[] = [];
  private readonly byRequest = new Map<string, { slot: number; pending: Pending }>();
  private failure: ErrorInfo | null = null;
  private wake: (() => void) | null = null;
  private nextId = 1;
  private nextSlot = 0;
  private readonly watchdog: unknown;
  private readonly wallCapMs: number;

  constructor(
    private readonly platform: WorkerPlatform,
    options: PoolOptions = {},
  ) {
    this.wallCapMs = options.wallCapMs ?? WALL_CAP_MS;
    const size = options.size ?? defaultPoolSize(platform.cores);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i, 0));
    this.watchdog = platform.setInterval(() => this.check(), Math.max(5, Math.min(100, this.wallCapMs / 4)));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Invocations handed out and not yet answered. */
  get outstanding(): number {
    return this.slots.reduce((n, s) => n + s.outstanding.size + s.quarantine.length, 0);
  }

  /** Starts a run: every worker forgets its environments; functions are sent when first needed. */
  beginRun(run: RunConfig, functions: FunctionCode[]): void {
    this.run = run;
    this.fns.clear();
    for (const f of functions) this.fns.set(f.functionId, f);
    this.pinned.clear();
    this.byRequest.clear();
    this.results = [];
    this.waits = [];
    this.failure = null;
    for (const s of this.slots) {
      s.outstanding.clear();
      s.quarantine = [];
      s.loaded.clear();
      s.known.clear();
      s.port.post({ type: 'batch', v: PROTOCOL_VERSION, items: [{ type: 'reset', run }] });
    }
  }

  /** Hands invocations to the workers: one message per worker. */
  submit(requests: InvokeRequest[]): void {
    const batches = new Map<number, Outgoing>();
    for (const request of requests) {
      const key = `${request.functionId}#${request.environmentId}`;
      let index = this.pinned.get(key);
      if (index === undefined) {
        index = this.nextSlot++ % this.slots.length;
        this.pinned.set(key, index);
      }
      const slot = this.slots[index]!;
      const p: Pending = { id: this.nextId++, request };
      if (slot.quarantine.length > 0) {
        slot.quarantine.push(p);
        continue;
      }
      let out = batches.get(index);
      if (!out) batches.set(index, (out = { items: [], invokes: emptyInvokeColumns() }));
      this.addItems(slot, p, out);
    }
    for (const [index, out] of batches) this.send(this.slots[index]!, out);
  }

  /** Hands SDK answers to the invocations waiting for them (one message per worker). */
  answer(answers: SdkAnswer[]): void {
    const bySlot = new Map<number, SdkAnswerItem[]>();
    for (const a of answers) {
      const at = this.byRequest.get(a.requestId);
      if (!at || this.slots[at.slot]!.outstanding.get(at.pending.id) !== at.pending) continue;
      at.pending.held = false;
      let list = bySlot.get(at.slot);
      if (!list) bySlot.set(at.slot, (list = []));
      list.push({
        id: at.pending.id,
        callId: a.callId,
        atMs: a.atMs,
        ...(a.error ? { error: a.error } : { output: a.output }),
      });
    }
    for (const [index, list] of bySlot) {
      const slot = this.slots[index]!;
      slot.lastProgress = this.platform.now();
      slot.port.post({ type: 'batch', v: PROTOCOL_VERSION, items: [{ type: 'answers', answers: list }] });
    }
  }

  /** Invocations that reported SDK calls (or waiting again) since the last call. */
  takeWaits(): PoolWait[] {
    return this.waits.splice(0);
  }

  /** Results that came back since the last call; waits for at least one result or SDK wait when none is there. */
  async next(): Promise<PoolResult[]> {
    while (this.results.length === 0 && this.waits.length === 0 && !this.failure) {
      if (this.outstanding === 0) return [];
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw new Error(`${this.failure.type}: ${this.failure.message}`);
    return this.results.splice(0);
  }

  close(): void {
    this.platform.clearInterval(this.watchdog);
    for (const s of this.slots) s.port.terminate();
  }

  private addItems(slot: Slot, p: Pending, out: Outgoing): void {
    const r = p.request;
    if (!slot.loaded.has(r.functionId)) {
      const fn = this.fns.get(r.functionId) ?? {
        functionId: r.functionId,
        code: '',
        handler: 'index.handler',
        environment: {},
      };
      out.items.push({ type: 'load', fn });
      slot.loaded.add(r.functionId);
    }
    const key = `${r.functionId}#${r.environmentId}`;
    const fresh = !slot.known.has(key);
    if (fresh) slot.known.add(key);
    pushInvoke(out.invokes, p.id, r, fresh);
    this.byRequest.set(r.requestId, { slot: this.slots.indexOf(slot), pending: p });
    if (slot.outstanding.size === 0) slot.lastProgress = this.platform.now();
    slot.outstanding.set(p.id, p);
  }

  private send(slot: Slot, out: Outgoing): void {
    slot.port.post({
      type: 'batch',
      v: PROTOCOL_VERSION,
      items: [...out.items, { type: 'invoke', batch: out.invokes }],
    });
  }

  private spawn(index: number, generation: number): Slot {
    const port = this.platform.create({
      message: (data) => this.onMessage(index, generation, data),
      exit: (reason) => this.onLoss(index, generation, 'crash', `${reason.type}: ${reason.message}`),
    });
    port.post({ type: 'configure', v: PROTOCOL_VERSION, loader: this.platform.loader });
    if (this.run)
      port.post({ type: 'batch', v: PROTOCOL_VERSION, items: [{ type: 'reset', run: this.run }] });
    return {
      port,
      generation,
      outstanding: new Map(),
      loaded: new Set(),
      known: new Set(),
      lastProgress: this.platform.now(),
      quarantine: [],
      ready: false,
    };
  }

  private onMessage(index: number, generation: number, data: unknown): void {
    const slot = this.slots[index]!;
    if (slot.generation !== generation || !isWorkerMessage(data)) return;
    if (data.type === 'ready') {
      slot.ready = true;
      slot.lastProgress = this.platform.now();
      return;
    }
    if (data.type === 'failure') this.failure = data.error;
    else if (data.type === 'results') {
      slot.lastProgress = this.platform.now();
      const c = data.results;
      for (let i = 0; i < c.ids.length; i++) {
        const p = slot.outstanding.get(c.ids[i]!);
        if (!p) continue;
        slot.outstanding.delete(p.id);
        this.byRequest.delete(p.request.requestId);
        this.results.push(toInvokeResult(p.request, c, i));
      }
      for (const w of data.waits ?? []) {
        const p = slot.outstanding.get(w.id);
        if (!p) continue;
        p.held = true;
        const requestId = p.request.requestId;
        this.waits.push({ requestId, calls: w.calls.map((call) => ({ ...call, requestId })) });
      }
      this.releaseQuarantine(slot);
    }
    this.notify();
  }

  private check(): void {
    const now = this.platform.now();
    this.slots.forEach((slot, index) => {
      if (!slot.ready || slot.outstanding.size === 0) return;
      let held = true;
      for (const p of slot.outstanding.values()) held &&= p.held === true;
      if (held) return; // every invocation waits for the host's SDK answers, not on its code
      if (now - slot.lastProgress <= this.wallCapMs) return;
      slot.port.terminate();
      this.onLoss(index, slot.generation, 'timeout', 'timeout');
    });
  }

  /** A worker stopped or died: replace it; blame the one suspect, or run the suspects singly. */
  private onLoss(index: number, generation: number, kind: 'timeout' | 'crash', reason: string): void {
    const old = this.slots[index]!;
    if (old.generation !== generation) return;
    const suspects = [...old.outstanding.values()];
    const slot = this.spawn(index, generation + 1);
    this.slots[index] = slot;
    if (suspects.length === 1 && this.run) {
      const r = suspects[0]!.request;
      const lost: PoolResult = lostInvocation(r, this.run, kind, reason);
      if (kind === 'timeout') lost.wallClockStop = { functionId: r.functionId, capMs: this.wallCapMs };
      this.results.push(lost);
    }
    slot.quarantine = suspects.length > 1 ? [...suspects, ...old.quarantine] : old.quarantine;
    this.releaseQuarantine(slot);
    this.notify();
  }

  private releaseQuarantine(slot: Slot): void {
    if (slot.outstanding.size > 0 || slot.quarantine.length === 0) return;
    const out: Outgoing = { items: [], invokes: emptyInvokeColumns() };
    this.addItems(slot, slot.quarantine.shift()!, out);
    this.send(slot, out);
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

/**
 * A result for the core; `initMeasuredMs` (wall ms of the module scope) rides along for whoever
 * wants it; `wallClockStop` is set when the watchdog, not the virtual timeout, ended the invocation.
 */
export type PoolResult = InvokeResult & {
  initMeasuredMs?: number;
  wallClockStop?: { functionId: string; capMs: number };
};

function toInvokeResult(request: InvokeRequest, c: ResultColumns, i: number): PoolResult {
  const value = c.values[i];
  const error = c.errors[i];
  const init = c.initMs[i]!;
  return {
    requestId: request.requestId,
    outcome: c.outcomes[i]!,
    ...(value !== undefined ? { value } : {}),
    ...(error ? { error } : {}),
    extraMs: c.extraMs[i]!,
    logs: c.logs[i] === '' ? [] : c.logs[i]!.split(LOG_SEPARATOR),
    sdkCalls: [],
    ...(init >= 0 ? { initMeasuredMs: init } : {}),
  };
}
