import { DEFAULT_HANDLER, type Flow } from '../../model';
import { clientRate, createSimulation, type RunResult } from '../../sim';
import { functionCodes } from '../driver';
import { macrotask, stopWarning, type WallClockStop } from '../effects';
import type { HandlerPool } from '../pool';
import { LiveRun } from './live';
import { runLoop, Stopped } from './loop';
import { Pacer, type Speed } from './pacer';
import { IDLE_RUN, isActive, type RunState } from './runState';

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
  /** Speed of the first run (default 1x real time). */
  speed?: Speed;
}

/** A finished run kept for comparison with the next one. */
export interface KeptRun {
  flow: Flow;
  result: RunResult;
  withCode: boolean;
}

export interface RunController {
  /** Starts a run (paused: at virtual 0, waiting for Resume or Step). */
  start(flow: Flow, options?: { seed?: number; durationMs?: number; paused?: boolean }): void;
  /** Ends the run where it is; its figures so far stay readable. */
  stop(): void;
  pause(): void;
  resume(): void;
  /** Pauses and runs the next event. */
  step(): void;
  setSpeed(speed: Speed): void;
  /** Fires event `eventIndex` of source `nodeId` now (also while paused); false if it cannot. */
  fire(nodeId: string, eventIndex: number): boolean;
  /** Stops any run and forgets the last result (another document was opened). */
  reset(): void;
  /** Keeps the current result to compare with the next run; false when there is none. */
  keep(): boolean;
  clearKept(): void;
  getKept(): KeptRun | null;
  subscribe(listener: () => void): () => void;
  getState(): RunState;
  getResult(): RunResult | null;
  /** The current (or last) run's live data; a new object for each run. */
  getLive(): LiveRun | null;
}

/**
 * Traces kept per virtual second, at most: building a span (payload preview, logs) costs more
 * than the event itself, and past this rate the panels would only show the newest anyway.
 * Errors are always offered a place, and the panels say how many were sampled out.
 */
export const TRACES_PER_SECOND = 100;

/** The share of traces a run in the app keeps: all of them below TRACES_PER_SECOND. */
export function traceSampleRate(flow: Flow, durationMs: number): number {
  const rate = clientRate(flow, durationMs / 1000);
  return rate <= TRACES_PER_SECOND ? 1 : TRACES_PER_SECOND / rate;
}

/** True when some function's code is not the default handler (as the CLI's `--code auto`). */
export function hasOwnCode(flow: Flow): boolean {
  return flow.nodes.some((n) => n.kind === 'function' && n.settings.code.trim() !== DEFAULT_HANDLER.trim());
}

/** One run at a time; a new start stops the one before. Listeners hear at most ~10 progress updates a second. */
export function createRunController(options: RunControllerOptions): RunController {
  const { makePool, now = () => performance.now(), yieldToHost = macrotask, budgetMs = 8 } = options;
  const notifyEveryMs = options.notifyEveryMs ?? 100;
  const listeners = new Set<() => void>();
  const pacer = new Pacer(now, options.speed ?? 1);
  let state: RunState = { ...IDLE_RUN, speed: pacer.speed };
  let result: RunResult | null = null;
  let live: LiveRun | null = null;
  let kept: KeptRun | null = null;
  let runId = 0;
  let lastNotify = -Infinity;
  let disposePool: (() => void) | null = null;
  let poke: (() => void) | null = null;
  let stepWanted = false;
  let fireSim: ((nodeId: string, i: number) => boolean) | null = null;
  /** The figures so far of the run under way (Stop keeps them). */
  let partial: (() => RunResult) | null = null;
  /** The virtual clock of the run under way (it may be ahead of the last notification). */
  let clock: (() => number) | null = null;
  let rateMark = { real: 0, virtual: 0 };

  function set(patch: Partial<RunState>, force = true): void {
    state = { ...state, ...patch };
    const t = now();
    if (!force && t - lastNotify < notifyEveryMs) return;
    lastNotify = t;
    for (const l of [...listeners]) l();
  }
  const wake = () => {
    poke?.();
    poke = null;
  };
  function releasePool(): void {
    disposePool?.();
    disposePool = null;
  }
  function idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      poke = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  async function execute(id: number, flow: Flow, seed: number, durationMs: number, withCode: boolean) {
    const handle = withCode ? await makePool() : null;
    if (id !== runId) {
      handle?.dispose();
      throw new Stopped();
    }
    if (handle) disposePool = handle.dispose;
    const lv = new LiveRun(id, flow, seed, durationMs);
    const sim = createSimulation(flow, {
      seed,
      durationMs,
      spanSampleRate: traceSampleRate(flow, durationMs),
      onSpan: lv.onSpan,
      onHop: lv.onHop,
      ...(handle ? { runner: { type: 'external' as const } } : {}),
    });
    lv.attach(sim);
    live = lv;
    const stops = new Map<string, WallClockStop>();
    handle?.pool.beginRun(
      { seed, startEpochMs: Date.parse(sim.result().summary.startTime), platformLines: false },
      functionCodes(flow),
    );
    fireSim = (nodeId, i) => {
      const ok = lv.withEveryHop(() => sim.fire(nodeId, i));
      if (ok) {
        lv.touch(sim.now());
        lv.version++;
        wake();
      }
      return ok;
    };
    const finish = (): RunResult => {
      const r = sim.result();
      r.summary.warnings.push(...[...stops.values()].map(stopWarning));
      return r;
    };
    partial = finish;
    clock = () => sim.now();
    pacer.anchor(0);
    rateMark = { real: now(), virtual: 0 };
    await runLoop({
      sim,
      pool: handle?.pool ?? null,
      pacer,
      budgetMs,
      now,
      yieldToHost,
      idle,
      alive: () => id === runId,
      takeStep: () => {
        const s = stepWanted;
        stepWanted = false;
        if (s) stepMark = { hops: lv.hopsSeen, spans: lv.spans.written };
        return s;
      },
      onSlice: () => onSlice(lv, sim.now(), sim.endMs, sim.eventsProcessed()),
      stops,
    });
    return finish();
  }

  let stepMark: { hops: number; spans: number } | null = null;
  function onSlice(lv: LiveRun, nowMs: number, endMs: number, events: number): void {
    lv.touch(nowMs);
    const real = now();
    let actualSpeed = state.actualSpeed;
    if (real - rateMark.real >= 1000) {
      actualSpeed = state.status === 'running' ? (nowMs - rateMark.virtual) / (real - rateMark.real) : null;
      rateMark = { real, virtual: nowMs };
    }
    // About 25 dots a second per edge at any speed, so a busy edge stays readable.
    const perReal = pacer.speed === 'max' ? (actualSpeed ?? 1000) : pacer.speed;
    lv.hopGapMs = 40 * Math.max(perReal, 0.001);
    const patch: Partial<RunState> = {
      virtualMs: nowMs,
      progress: endMs > 0 ? Math.min(1, nowMs / endMs) : 1,
      actualSpeed,
      behind: pacer.behind,
      events,
    };
    if (stepMark) {
      patch.lastStep = {
        atMs: nowMs,
        hops: lv.hopsSeen - stepMark.hops,
        spans: lv.spans.written - stepMark.spans,
      };
      stepMark = null;
      return set(patch);
    }
    set(patch, false);
  }

  return {
    start(flow, o = {}) {
      const id = ++runId;
      releasePool();
      wake();
      const seed = o.seed ?? flow.run.seed;
      const durationMs = o.durationMs ?? flow.run.durationSeconds * 1000;
      const withCode = hasOwnCode(flow);
      pacer.paused = o.paused === true;
      stepWanted = false;
      set({
        status: o.paused ? 'paused' : 'running',
        progress: 0,
        virtualMs: 0,
        durationMs,
        seed,
        error: null,
        withCode,
        actualSpeed: null,
        behind: false,
        lastStep: null,
        events: 0,
      });
      execute(id, flow, seed, durationMs, withCode).then(
        (r) => {
          if (id !== runId) return;
          releasePool();
          result = r;
          fireSim = null;
          partial = null;
          set({
            status: r.summary.completed ? 'done' : 'stopped',
            virtualMs: r.summary.reachedMs,
            progress: durationMs > 0 ? Math.min(1, r.summary.reachedMs / durationMs) : 1,
            epoch: state.epoch + 1,
            resultWithCode: withCode,
            actualSpeed: null,
            events: r.summary.eventsProcessed,
          });
        },
        (e: unknown) => {
          if (id !== runId) return;
          releasePool();
          fireSim = null;
          partial = null;
          if (e instanceof Stopped) return;
          set({ status: 'failed', error: e instanceof Error ? e.message : String(e), actualSpeed: null });
        },
      );
    },
    stop() {
      if (!isActive(state)) return;
      // The loop gives up at its next check and the pool goes at once; the figures so far stay.
      runId++;
      releasePool();
      wake();
      const r = partial?.() ?? null;
      partial = null;
      fireSim = null;
      if (!r) return set({ status: 'stopped', actualSpeed: null });
      result = r;
      set({
        status: 'stopped',
        actualSpeed: null,
        virtualMs: r.summary.reachedMs,
        progress: state.durationMs > 0 ? Math.min(1, r.summary.reachedMs / state.durationMs) : 1,
        epoch: state.epoch + 1,
        resultWithCode: state.withCode,
        events: r.summary.eventsProcessed,
      });
    },
    pause() {
      if (state.status !== 'running') return;
      pacer.paused = true;
      set({ status: 'paused', actualSpeed: null, virtualMs: clock?.() ?? state.virtualMs });
      wake();
    },
    resume() {
      if (state.status !== 'paused') return;
      pacer.paused = false;
      pacer.anchor(state.virtualMs);
      rateMark = { real: now(), virtual: state.virtualMs };
      set({ status: 'running' });
      wake();
    },
    step() {
      if (!isActive(state)) return;
      if (state.status === 'running') {
        pacer.paused = true;
        set({ status: 'paused', actualSpeed: null });
      }
      stepWanted = true;
      wake();
    },
    setSpeed(speed) {
      pacer.setSpeed(speed, state.virtualMs);
      rateMark = { real: now(), virtual: state.virtualMs };
      set({ speed });
      wake();
    },
    fire: (nodeId, i) => (isActive(state) && fireSim ? fireSim(nodeId, i) : false),
    reset() {
      runId++;
      releasePool();
      wake();
      result = null;
      live = null;
      fireSim = null;
      partial = null;
      pacer.paused = false;
      set({ ...IDLE_RUN, speed: pacer.speed, epoch: state.epoch + 1 });
    },
    keep() {
      if (!result || !live) return false;
      kept = { flow: live.flow, result, withCode: state.resultWithCode };
      for (const l of [...listeners]) l();
      return true;
    },
    clearKept() {
      kept = null;
      for (const l of [...listeners]) l();
    },
    getKept: () => kept,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    getResult: () => result,
    getLive: () => live,
  };
}
