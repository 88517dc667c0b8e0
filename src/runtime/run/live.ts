import { Ring } from '../../lib/ring';
import type { Flow } from '../../model';
import type { LiveNode, NodeSeries, Simulation, TraceRecord } from '../../sim';

/** A message crossing an edge, as the canvas draws it (a moving dot). */
export interface Hop {
  edgeId: string;
  /** Virtual ms it crossed. */
  atMs: number;
  attempt: number;
}

/** The function invocation spans whose log lines the Logs panel shows. */
export type InvokeSpan = Extract<TraceRecord, { type: 'function.invoke' }>;

export const SPAN_RING = 20_000;
export const HOP_RING = 4096;
/** Invocations whose logs are kept (the oldest go first; their lines are counted as dropped). */
export const LOG_INVOCATIONS = 10_000;

/**
 * What panels read while a run goes on, at animation-frame pace: the spans and hops so far
 * (bounded rings), each node's figures, series on demand. Nothing here goes through the store.
 */
export class LiveRun {
  readonly spans = new Ring<TraceRecord>(SPAN_RING);
  readonly hops = new Ring<Hop>(HOP_RING);
  /** Invocations with log lines, oldest first; `droppedLogLines` counts the lines of those pushed out. */
  readonly logs = new Ring<InvokeSpan>(LOG_INVOCATIONS);
  droppedLogLines = 0;
  /** Hops the core reported; `hops.written` of them were kept for drawing. */
  hopsSeen = 0;
  /** Bumped whenever something changed: readers compare it with the last one they drew. */
  version = 0;
  nowMs = 0;
  private sim: Simulation | null = null;
  private nodesCache: { version: number; nodes: LiveNode[] } | null = null;
  private lastHopAt = new Map<string, number>();
  /** Least virtual ms between two drawn dots on one edge (set from the speed). */
  hopGapMs = 40;

  constructor(
    readonly runId: number,
    readonly flow: Flow,
    readonly seed: number,
    readonly durationMs: number,
  ) {}

  /** Wires the simulation; its hooks call onSpan/onHop below. */
  attach(sim: Simulation): void {
    this.sim = sim;
  }

  onSpan = (span: TraceRecord): void => {
    this.spans.push(span);
    if (span.type === 'function.invoke' && span.logs.length > 0) {
      const out = this.logs.push(span);
      if (out) this.droppedLogLines += out.logs.length;
    }
    this.version++;
  };

  onHop = (edgeId: string, atMs: number, attempt: number): void => {
    this.hopsSeen++;
    const last = this.lastHopAt.get(edgeId);
    if (last !== undefined && atMs - last < this.hopGapMs && attempt === 1) return;
    this.lastHopAt.set(edgeId, atMs);
    this.hops.push({ edgeId, atMs, attempt });
    this.version++;
  };

  /** Runs `fn` keeping every hop it causes (an event fired by hand always gets its dots). */
  withEveryHop<T>(fn: () => T): T {
    const gap = this.hopGapMs;
    this.hopGapMs = 0;
    try {
      return fn();
    } finally {
      this.hopGapMs = gap;
    }
  }

  /** Called by the controller after each slice. */
  touch(nowMs: number): void {
    if (nowMs !== this.nowMs) this.version++;
    this.nowMs = nowMs;
  }

  /** Each node's counters and gauge levels now (computed at most once per version). */
  nodes(): LiveNode[] {
    if (!this.sim) return [];
    if (this.nodesCache?.version !== this.version)
      this.nodesCache = { version: this.version, nodes: this.sim.liveNodes() };
    return this.nodesCache.nodes;
  }

  node(nodeId: string): LiveNode | undefined {
    return this.nodes().find((n) => n.nodeId === nodeId);
  }

  /** One node's series so far (copies: call it a few times a second, not per frame per node). */
  series(nodeId: string): NodeSeries | null {
    return this.sim?.seriesOf(nodeId) ?? null;
  }
}
