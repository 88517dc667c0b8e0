import type { Flow } from '../model';
import type { FunctionCode } from '../protocol/messages';
import {
  createSimulation,
  DEFAULT_START_TIME,
  type Effect,
  type InvokeRequest,
  type RunResult,
  type SdkAnswer,
  type SimulationOptions,
} from '../sim';
import type { HandlerPool, PoolResult } from './pool';
import type { RunWarning } from '../sim';

export interface DriverOptions extends Omit<SimulationOptions, 'runner'> {
  /** Virtual ms advanced per slice before the driver lets the host breathe (default 1,000). */
  sliceMs?: number;
  /** Real ms of work between two yields to the host's event loop (default 8). */
  budgetMs?: number;
  /** Resolves after the host had a chance to paint/handle input (default: a macrotask). */
  yieldToHost?: () => Promise<void>;
  now?: () => number;
  /** Called when the driver yields, with the virtual time reached (progress lines, UI). */
  onProgress?: (nowMs: number, endMs: number) => void;
}

/** The code of every function node, as the workers receive it. */
export function functionCodes(flow: Flow): FunctionCode[] {
  const out: FunctionCode[] = [];
  for (const node of flow.nodes) {
    if (node.kind !== 'function') continue;
    out.push({
      functionId: node.id,
      code: node.settings.code,
      handler: node.settings.handler,
      environment: node.settings.environment,
    });
  }
  return out;
}

/**
 * Runs `flow` with its handlers' real code in `pool`: advance the core, hand its invoke
 * requests to the workers in batches, deliver the results, repeat. Same summary as any
 * other runner for the same answers (the core keeps each completion's sequence number).
 */
export async function runSimulation(
  flow: Flow,
  options: DriverOptions,
  pool: HandlerPool,
): Promise<RunResult> {
  const {
    sliceMs = 1000,
    budgetMs = 8,
    yieldToHost = macrotask,
    now = () => performance.now(),
    onProgress,
    ...simOptions
  } = options;
  const sim = createSimulation(flow, { ...simOptions, runner: { type: 'external' } });
  const startTime = simOptions.startTime ?? DEFAULT_START_TIME;
  // The core writes START / END / REPORT for the spans it keeps (modeled figures, same every run).
  pool.beginRun(
    { seed: simOptions.seed ?? flow.run.seed, startEpochMs: Date.parse(startTime), platformLines: false },
    functionCodes(flow),
  );
  let lastYield = now();
  const stops = new Map<string, WallClockStop>();
  for (;;) {
    const step = sim.advance(Math.min(sim.endMs, sim.now() + sliceMs));
    handOut(sim.takeEffects(), pool);
    if (step.state === 'done') break;
    if (step.state === 'blocked') {
      // Answers may already wait in the pool (outstanding counts only those still at work).
      const results = await pool.next();
      const waits = pool.takeWaits();
      if (results.length === 0 && waits.length === 0 && pool.outstanding === 0)
        throw new Error('the simulation waits for invocations the pool does not know');
      for (const { wallClockStop, ...r } of results) {
        if (wallClockStop) noteStop(stops, wallClockStop, r);
        sim.deliver(r);
      }
      for (const w of waits) sim.sdkWait(w.requestId, w.calls);
      lastYield = now();
    } else if (now() - lastYield > budgetMs) {
      onProgress?.(sim.now(), sim.endMs);
      await yieldToHost();
      lastYield = now();
    }
  }
  const result = sim.result();
  result.summary.warnings.push(...[...stops.values()].map(stopWarning));
  return result;
}

export type WallClockStop = NonNullable<PoolResult['wallClockStop']> & { requestId: string; count: number };

export function noteStop(
  stops: Map<string, WallClockStop>,
  stop: NonNullable<PoolResult['wallClockStop']>,
  r: PoolResult,
): void {
  const seen = stops.get(stop.functionId);
  if (seen) seen.count++;
  else stops.set(stop.functionId, { ...stop, requestId: r.requestId, count: 1 });
}

/** The run must say when real time, not the model, ended an invocation: it may differ between machines. */
export function stopWarning(s: WallClockStop): RunWarning {
  const more = s.count > 1 ? ` (${s.count} invocations were stopped this way)` : '';
  return {
    type: 'wall-clock-stop',
    nodeId: s.functionId,
    requestId: s.requestId,
    count: s.count,
    message:
      `Request ${s.requestId} held its worker for ${s.capMs / 1000} s of real time without returning (a busy loop?), ` +
      `so the worker was stopped. It is reported as a timeout at its virtual deadline, but the function's timeout did not end it${more}.`,
  };
}

/** Invoke requests go to the workers in one submit; SDK answers in one message per worker. */
export function handOut(effects: Effect[], pool: HandlerPool): void {
  if (effects.length === 0) return;
  const requests: InvokeRequest[] = [];
  const answers: SdkAnswer[] = [];
  for (const e of effects) {
    if (e.type === 'invoke') requests.push(e.request);
    else answers.push(e.answer);
  }
  if (requests.length > 0) pool.submit(requests);
  if (answers.length > 0) pool.answer(answers);
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
