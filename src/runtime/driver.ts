import type { Flow } from '../model';
import type { FunctionCode } from '../protocol/messages';
import { createSimulation, DEFAULT_START_TIME, type RunResult, type SimulationOptions } from '../sim';
import { macrotask, stopWarning, type WallClockStop } from './effects';
import type { HandlerPool } from './pool';
import { runLoop } from './run/loop';
import { Pacer } from './run/pacer';

export interface DriverOptions extends Omit<SimulationOptions, 'runner'> {
  /** Virtual ms advanced per slice before the driver lets the host breathe (default 1,000). */
  sliceMs?: number;
  /** Real ms of work between two yields to the host's event loop (default 8). */
  budgetMs?: number;
  /** Resolves after the host had a chance to paint/handle input (default: a macrotask). */
  yieldToHost?: () => Promise<void>;
  now?: () => number;
  /** Called after each slice, with the virtual time reached (progress lines, UI). */
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
    sliceMs,
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
  const stops = new Map<string, WallClockStop>();
  // The app's loop at full speed: never paused, never stepped, never idle.
  await runLoop({
    sim,
    pool,
    pacer: new Pacer(now, 'max'),
    budgetMs,
    now,
    yieldToHost,
    idle: () => Promise.resolve(),
    alive: () => true,
    takeStep: () => false,
    onSlice: () => onProgress?.(sim.now(), sim.endMs),
    stops,
    ...(sliceMs !== undefined ? { sliceMs } : {}),
  });
  const result = sim.result();
  result.summary.warnings.push(...[...stops.values()].map(stopWarning));
  return result;
}
