import type { Flow, NodeKind } from '../model';
import type { BehaviourFactory } from './core/types';
import { Engine } from './core/engine';
import { BEHAVIOURS, behaviourFor, isSimulated } from './nodes/registry';
import { chooseBucketMs } from './records/buckets';
import type { LiveFigures, NodeSeries } from './records/nodeMetrics';
import type { NodeSummary, RunSummary } from './records/summary';
import type { TraceRecord } from './records/trace';
import type { StoreView } from './records/storeView';
import type { HandlerRunner, InvokeRequest, InvokeResult, SdkAnswer, SdkCallRequest } from './runner';

export interface SimulationOptions {
  /** Overrides flow.run.seed. */
  seed?: number;
  /** Overrides flow.run.durationSeconds. */
  durationMs?: number;
  /** ISO time of virtual 0 (ISO strings in payloads, cron schedules). */
  startTime?: string;
  /** Who runs handler code; none = each function's declared duration and error rate. */
  runner?: HandlerRunner;
  /** Most spans kept (default 20,000). */
  spanCapacity?: number;
  /** Share of traces whose successful spans are kept (default 1; errors are always offered a place). */
  spanSampleRate?: number;
  /** Upper bound on metric buckets (default 600). */
  maxBuckets?: number;
  /** Called with every span kept (after sampling), in the order they end: for live panels. */
  onSpan?: (span: TraceRecord) => void;
  /** Called each time a message crosses an edge (edge id, virtual ms, attempt): for live canvas dots. */
  onHop?: (edgeId: string, atMs: number, attempt: number) => void;
  /** Behaviours by kind (default: nodes/registry.ts); kinds left out run as not simulated. */
  behaviours?: Partial<Record<NodeKind, BehaviourFactory>>;
}

export const DEFAULT_START_TIME = '2026-01-01T00:00:00Z';

/** Something the host must do for the core: run handler code, or hand an SDK answer to it. */
export type Effect = { type: 'invoke'; request: InvokeRequest } | { type: 'sdk'; answer: SdkAnswer };

export interface AdvanceResult {
  now: number;
  /** 'blocked': waiting for results of invocations handed out as effects; 'stepped': maxEvents ran. */
  state: 'reached' | 'blocked' | 'stepped' | 'done';
}

export interface LiveNode extends LiveFigures {
  nodeId: string;
}

export interface RunResult {
  summary: RunSummary;
  spans: TraceRecord[];
  series: NodeSeries[];
  /** Contents of the stores (tables, buckets) by node id, as the run left them. */
  stores: Record<string, StoreView>;
}

export interface Simulation {
  readonly endMs: number;
  now(): number;
  /**
   * Runs virtual time up to `untilMs` (default: the end), or until it must wait for a result,
   * or until `maxEvents` events ran (Step runs one).
   */
  advance(untilMs?: number, maxEvents?: number): AdvanceResult;
  /** Virtual ms of the next queued event (Infinity when none is queued). */
  nextEventMs(): number;
  /** Events processed so far. */
  eventsProcessed(): number;
  /** Each node's counter totals and gauge levels now (live badges), in flow order. */
  liveNodes(): LiveNode[];
  /** One node's metric series so far (live charts); null for an unknown node. */
  seriesOf(nodeId: string): NodeSeries | null;
  /** Invoke requests and SDK answers emitted since the last call (external runner only). */
  takeEffects(): Effect[];
  /** Hands in a handler result; false if no invocation waits for that request id. */
  deliver(result: InvokeResult): boolean;
  /**
   * The invocation waits for its SDK calls: `calls` are the ones it made since it last
   * waited (maybe none). Their answers come out of takeEffects(); false if unknown.
   */
  sdkWait(requestId: string, calls: SdkCallRequest[]): boolean;
  /** Fires a source's event by hand at the current virtual time. */
  fire(nodeId: string, eventIndex: number): boolean;
  /**
   * Invokes function `functionId` synchronously (RequestResponse) with `event` at the current
   * virtual time, with no caller node (a console Test); returns the invocation's request id,
   * or null when the node is no function, the run is over, or the invocation was throttled.
   */
  invokeNow(functionId: string, event: unknown): string | null;
  /** Figures so far (final once advance() said 'done'). */
  result(): RunResult;
}

/** A run of `flow`: a pure function of (flow, seed, options), advanced by the caller. */
export function createSimulation(flow: Flow, options: SimulationOptions = {}): Simulation {
  const seed = options.seed ?? flow.run.seed;
  const endMs = options.durationMs ?? flow.run.durationSeconds * 1000;
  const startTime = options.startTime ?? DEFAULT_START_TIME;
  const startEpochMs = Date.parse(startTime);
  const registry = options.behaviours ?? BEHAVIOURS;
  if (!Number.isFinite(startEpochMs)) throw new Error(`startTime "${startTime}" is not an ISO date`);
  const engine = new Engine({
    flow,
    seed,
    endMs,
    startEpochMs,
    bucketMs: chooseBucketMs(endMs, options.maxBuckets ?? 600),
    runner: options.runner ?? null,
    spanCapacity: options.spanCapacity ?? 20_000,
    spanSampleRate: options.spanSampleRate ?? 1,
    behaviourFor: (node) => behaviourFor(node, registry),
    onSpan: options.onSpan,
    onHop: options.onHop,
  });
  engine.start();
  let finished = false;

  function result(): RunResult {
    const reached = Math.min(engine.now, endMs);
    const nodes: NodeSummary[] = flow.nodes.map((node, i) => {
      const extra = engine.behaviours[i]!.summary?.() ?? {};
      return {
        nodeId: node.id,
        label: node.label,
        kind: node.kind,
        simulated: isSimulated(node.kind, registry),
        ...engine.metrics[i]!.totals(reached),
        costUsd: extra.costUsd ?? null,
        derived: extra.derived ?? {},
      };
    });
    const summary: RunSummary = {
      flowName: flow.name,
      seed,
      startTime: new Date(startEpochMs).toISOString(),
      durationMs: endMs,
      reachedMs: reached,
      completed: finished,
      bucketMs: engine.clock.bucketMs,
      eventsProcessed: engine.eventsProcessed,
      nodes,
      lambdaCostUsd: nodes.reduce((a, n) => a + (n.costUsd ?? 0), 0),
      spans: engine.spans.summary(),
      warnings: [...engine.warnings],
    };
    const stores: Record<string, StoreView> = {};
    engine.behaviours.forEach((b, i) => {
      const view = b.inspect?.();
      if (view) stores[flow.nodes[i]!.id] = view;
    });
    return { summary, spans: engine.spans.records(), series: engine.metrics.map((m) => m.series()), stores };
  }

  return {
    endMs,
    now: () => engine.now,
    advance(untilMs = endMs, maxEvents = Infinity) {
      if (finished) return { now: engine.now, state: 'done' };
      const state = engine.advance(untilMs, maxEvents);
      if (state === 'reached' && engine.now >= endMs) {
        engine.finish();
        finished = true;
        return { now: engine.now, state: 'done' };
      }
      return { now: engine.now, state };
    },
    nextEventMs: () => engine.queue.peekTime(),
    eventsProcessed: () => engine.eventsProcessed,
    liveNodes: () => engine.metrics.map((m) => ({ nodeId: m.nodeId, ...m.live() })),
    seriesOf(nodeId) {
      const i = engine.indexOf(nodeId);
      return i === undefined ? null : engine.metrics[i]!.series();
    },
    takeEffects() {
      const out: Effect[] = engine.effects.splice(0).map((request) => ({ type: 'invoke' as const, request }));
      for (const answer of engine.answers.splice(0)) out.push({ type: 'sdk', answer });
      return out;
    },
    deliver: (r) => engine.deliver(r),
    sdkWait: (requestId, calls) => engine.sdkWait(requestId, calls),
    fire(nodeId, eventIndex) {
      const i = engine.indexOf(nodeId);
      if (i === undefined || finished) return false;
      return engine.behaviours[i]!.fire?.(eventIndex) ?? false;
    },
    invokeNow(functionId, event) {
      const i = engine.indexOf(functionId);
      if (i === undefined || finished) return null;
      return engine.behaviours[i]!.invokeDirect?.(event) ?? null;
    },
    result,
  };
}

/** Runs a flow to its end with the declared model or an inline runner (CLI, tests). */
export function runToCompletion(flow: Flow, options: SimulationOptions = {}): RunResult {
  if (options.runner?.type === 'external') throw new Error('runToCompletion needs an inline runner or none');
  const sim = createSimulation(flow, options);
  sim.advance();
  return sim.result();
}
