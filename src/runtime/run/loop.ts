import type { Simulation } from '../../sim';
import { handOut, noteStop, type WallClockStop } from '../effects';
import type { HandlerPool } from '../pool';
import type { Pacer } from './pacer';

export class Stopped extends Error {}

export interface LoopHooks {
  sim: Simulation;
  /** Workers running the handlers' code; null runs each function's declared model. */
  pool: HandlerPool | null;
  pacer: Pacer;
  budgetMs: number;
  now: () => number;
  yieldToHost: () => Promise<void>;
  /** Waits up to `ms` real ms, or less when poked (resume, step, speed, stop). */
  idle: (ms: number) => Promise<void>;
  /** False once the run was stopped or replaced: the loop throws Stopped. */
  alive: () => boolean;
  /** True (once) when a Step was asked for. */
  takeStep: () => boolean;
  /** After each slice and step: progress, live panels. */
  onSlice: () => void;
  stops: Map<string, WallClockStop>;
  /** Virtual ms per advance (default: 1,000 with a pool, where batches matter; up to 100 without). */
  sliceMs?: number;
}

/**
 * Advances `sim` as the pacer allows until its end: slices of at most `budgetMs` of real
 * work, yielding to the host between them, idling while paused or ahead of real time,
 * handing invocations to the pool and waiting for its answers. Returns when the run is done.
 */
export async function runLoop(h: LoopHooks): Promise<void> {
  const { sim, pacer } = h;
  // Sim alone: small virtual slices keep each real slice short; with a pool, batches matter more.
  const sliceMs = h.sliceMs ?? (h.pool ? 1000 : Math.min(100, Math.max(1, sim.endMs / 2000)));
  for (;;) {
    if (!h.alive()) throw new Stopped();
    if (h.takeStep()) {
      if ((await stepOne(h)) === 'done') return h.onSlice();
      h.onSlice();
      continue;
    }
    const target = pacer.target(sim.now(), sim.endMs);
    if (target <= sim.now()) {
      h.onSlice();
      await h.idle(pacer.paused ? 250 : 16);
      continue;
    }
    const started = h.now();
    for (;;) {
      const r = sim.advance(Math.min(target, sim.now() + sliceMs));
      if (h.pool) handOut(sim.takeEffects(), h.pool);
      if (r.state === 'done') return h.onSlice();
      if (r.state === 'blocked') {
        await settle(h);
        // Paused while the workers answered: stop here, not at the target set before.
        if (pacer.paused) break;
      } else if (r.now >= target) break;
      if (h.now() - started > h.budgetMs) break;
    }
    h.onSlice();
    await h.yieldToHost();
  }
}

/** Runs the next event (waiting for the workers if it needs an answer first). */
async function stepOne(h: LoopHooks): Promise<'stepped' | 'done'> {
  for (;;) {
    const r = h.sim.advance(h.sim.endMs, 1);
    if (h.pool) handOut(h.sim.takeEffects(), h.pool);
    if (r.state === 'done') return 'done';
    if (r.state !== 'blocked') return 'stepped';
    await settle(h);
  }
}

async function settle(h: LoopHooks): Promise<void> {
  const pool = h.pool!;
  // Answers may already wait in the pool (they arrived while the loop yielded): take them first.
  const results = await pool.next();
  const waits = pool.takeWaits();
  if (results.length === 0 && waits.length === 0 && pool.outstanding === 0)
    throw new Error('the simulation waits for invocations the pool does not know');
  if (!h.alive()) throw new Stopped();
  for (const { wallClockStop, ...r } of results) {
    if (wallClockStop) noteStop(h.stops, wallClockStop, r);
    h.sim.deliver(r);
  }
  for (const w of waits) h.sim.sdkWait(w.requestId, w.calls);
}
