import { DEFAULT_HANDLER, type Flow } from '../../model';
import { createSimulation, type RunResult } from '../../sim';
import { runSimulation } from '../driver';
import type { HandlerPool } from '../pool';

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export interface RunState {
  status: RunStatus;
  /** 0..1 of the run's virtual duration. */
  progress: number;
  virtualMs: number;
  durationMs: number;
  error: string | null;
  /** Whether the handlers' own code ran (sandbox workers) or only the declared model. */
  withCode: boolean;
  /** `withCode` of the run that produced the current result. */
  resultWithCode: boolean;
  /** Bumped each time a new result is ready. */
  epoch: number;
}

export interface PoolHandle {
  pool: HandlerPool;
  dispose(): void;
}

export interface RunControllerOptions {
  /** A fresh sandboxed pool for a run with handler code; disposed when the run ends. */
  makePool: () => Promise<PoolHandle>;
  now?: () => number;
  yieldToHost?: () => Promise<void>;
  /** Real ms of work per slice before yielding (default 8). */
  budgetMs?: number;
  /** Least real ms between two progress notifications (default 100). */
  notifyEveryMs?: number;
}

export interface RunController {
  start(flow: Flow, options?: { seed?: number; durationMs?: number }): void;
  stop(): void;
  /** Stops any run and forgets the last result (another document was opened). */
  reset(): void;
  subscribe(listener: () => void): () => void;
  getState(): RunState;
  getResult(): RunResult | null;
}

export const IDLE_RUN: RunState = {
  status: 'idle',
  progress: 0,
  virtualMs: 0,
  durationMs: 0,
  error: null,
  withCode: false,
  resultWithCode: false,
  epoch: 0,
};

/** True when some function's code is not the default handler (as the CLI's `--code auto`). */
export function hasOwnCode(flow: Flow): boolean {
  return flow.nodes.some((n) => n.kind === 'function' && n.settings.code.trim() !== DEFAULT_HANDLER.trim());
}

class Stopped extends Error {}

/** One run at a time; a new start stops the one before. Listeners hear at most ~10 progress updates a second. */
export function createRunController(options: RunControllerOptions): RunController {
  const { makePool, now = () => performance.now(), yieldToHost = macrotask, budgetMs = 8 } = options;
  const notifyEveryMs = options.notifyEveryMs ?? 100;
  const listeners = new Set<() => void>();
  let state = IDLE_RUN;
  let result: RunResult | null = null;
  let runId = 0;
  let lastNotify = -Infinity;
  let disposePool: (() => void) | null = null;

  function set(patch: Partial<RunState>, force = true): void {
    state = { ...state, ...patch };
    const t = now();
    if (!force && t - lastNotify < notifyEveryMs) return;
    lastNotify = t;
    for (const l of [...listeners]) l();
  }

  function releasePool(): void {
    disposePool?.();
    disposePool = null;
  }

  async function simOnly(id: number, flow: Flow, seed: number, durationMs: number): Promise<RunResult> {
    const sim = createSimulation(flow, { seed, durationMs });
    // Small virtual slices, checked against the real budget, keep each slice short even for busy flows.
    const slice = Math.min(100, Math.max(1, sim.endMs / 2000));
    for (;;) {
      const started = now();
      let step = sim.advance(Math.min(sim.endMs, sim.now() + slice));
      while (step.state !== 'done' && now() - started < budgetMs)
        step = sim.advance(Math.min(sim.endMs, sim.now() + slice));
      if (step.state === 'done') return sim.result();
      progress(sim.now(), sim.endMs);
      await yieldToHost();
      if (id !== runId) return sim.result();
    }
  }

  async function withPool(id: number, flow: Flow, seed: number, durationMs: number): Promise<RunResult> {
    const handle = await makePool();
    if (id !== runId) {
      handle.dispose();
      throw new Stopped();
    }
    disposePool = handle.dispose;
    return runSimulation(
      flow,
      {
        seed,
        durationMs,
        budgetMs,
        now,
        onProgress: progress,
        yieldToHost: async () => {
          await yieldToHost();
          if (id !== runId) throw new Stopped();
        },
      },
      handle.pool,
    );
  }

  function progress(nowMs: number, endMs: number): void {
    set({ virtualMs: nowMs, progress: endMs > 0 ? Math.min(1, nowMs / endMs) : 1 }, false);
  }

  return {
    start(flow, o = {}) {
      const id = ++runId;
      releasePool();
      const seed = o.seed ?? flow.run.seed;
      const durationMs = o.durationMs ?? flow.run.durationSeconds * 1000;
      const withCode = hasOwnCode(flow);
      set({ status: 'running', progress: 0, virtualMs: 0, durationMs, error: null, withCode });
      const run = withCode ? withPool(id, flow, seed, durationMs) : simOnly(id, flow, seed, durationMs);
      run.then(
        (r) => {
          if (id !== runId && state.status !== 'stopped') return;
          if (id === runId) releasePool();
          result = r;
          const done = r.summary.completed;
          set({
            status: done ? 'done' : 'stopped',
            virtualMs: r.summary.reachedMs,
            progress: durationMs > 0 ? Math.min(1, r.summary.reachedMs / durationMs) : 1,
            epoch: state.epoch + 1,
            resultWithCode: withCode,
          });
        },
        (e: unknown) => {
          if (id !== runId) return;
          releasePool();
          if (e instanceof Stopped) return;
          set({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
        },
      );
    },
    stop() {
      if (state.status !== 'running') return;
      // Bumping the id makes the running loop give up at its next yield; the pool goes at once.
      runId++;
      releasePool();
      set({ status: 'stopped' });
    },
    reset() {
      runId++;
      releasePool();
      result = null;
      set({ ...IDLE_RUN, epoch: state.epoch + 1 });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    getResult: () => result,
  };
}

/** One macrotask, without the 4 ms clamp browsers put on nested setTimeout(0). */
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
