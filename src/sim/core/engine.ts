import type { Edge, Flow, FlowNode } from '../../model';
import { EventQueue } from './heap';
import { PendingInvocations } from './pending';
import { hashString, RandomStream } from './random';
import type {
  BehaviourFactory,
  Inbound,
  NodeBehaviour,
  NodeContext,
  OutEdge,
  ReplyFn,
  SdkServer,
  SimMessage,
} from './types';
import { SpanStore } from '../records/spans';
import { MetricsClock } from '../records/metrics';
import { NodeMetrics } from '../records/nodeMetrics';
import { warningKey, type RunWarning } from '../records/warnings';
import { TraceTracker } from '../records/traces';
import type { HandlerRunner, InvokeRequest, InvokeResult, SdkAnswer, SdkCallRequest } from '../runner';
import type { TraceRecord } from '../records/trace';

/** The engine's own event codes: an SDK call of the target's invocation comes due; its deadline. */
const SDK_CALL = -1;
const SDK_DEADLINE = -2;

export interface EngineConfig {
  flow: Flow;
  seed: number;
  endMs: number;
  startEpochMs: number;
  bucketMs: number;
  runner: HandlerRunner | null;
  spanCapacity: number;
  spanSampleRate: number;
  behaviourFor: (node: FlowNode) => BehaviourFactory;
  /** Called with every span the store keeps (live panels read them as they come). */
  onSpan?: ((span: TraceRecord) => void) | undefined;
  /** Called each time a message crosses an edge (live canvas dots): edge id, virtual ms, attempt. */
  onHop?: ((edgeId: string, atMs: number, attempt: number) => void) | undefined;
}

/**
 * The discrete-event loop: a (time, seq) queue of SimEvents addressed to nodes, the node
 * contexts behaviours talk through, and the gate that keeps virtual time behind unanswered
 * handler invocations.
 */
export class Engine {
  readonly queue = new EventQueue(4096);
  readonly spans: SpanStore;
  readonly clock: MetricsClock;
  readonly metrics: NodeMetrics[] = [];
  readonly behaviours: NodeBehaviour[] = [];
  readonly nodes: FlowNode[];
  readonly traces: TraceTracker;
  readonly warnings: RunWarning[] = [];
  readonly effects: InvokeRequest[] = [];
  readonly pending = new PendingInvocations();
  /** Answers to SDK calls for the external runner, taken with the effects. */
  readonly answers: SdkAnswer[] = [];
  private readonly sdkServers: (SdkServer | null)[] = [];
  /** Each invocation held by the external runner, by request id: its node and deadline. */
  private readonly owners = new Map<string, { target: number; deadlineMs: number; watched: boolean }>();
  now = 0;
  seq = 0;
  eventsProcessed = 0;
  private nextTrace = 1;
  private nextSpan = 1;
  private warned = new Set<string>();
  private sharedObjects = new Map<string, unknown>();
  private indexById = new Map<string, number>();

  constructor(readonly config: EngineConfig) {
    this.nodes = config.flow.nodes;
    this.clock = new MetricsClock(config.bucketMs, config.endMs);
    this.spans = new SpanStore({ capacity: config.spanCapacity, sampleRate: config.spanSampleRate });
    this.nodes.forEach((n, i) => this.indexById.set(n.id, i));
    const edges = groupEdges(config.flow.edges, this.nodes, this.indexById);
    for (let i = 0; i < this.nodes.length; i++)
      this.metrics.push(new NodeMetrics(this.nodes[i]!.id, this.clock));
    this.traces = new TraceTracker((origin, t, latency) =>
      this.metrics[origin]!.histogram('e2eLatency').record(t, latency),
    );
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]!;
      this.behaviours.push(config.behaviourFor(node)(this.context(node, i, edges.get(i) ?? [])));
    }
  }

  indexOf(nodeId: string): number | undefined {
    return this.indexById.get(nodeId);
  }

  start(): void {
    for (const b of this.behaviours) b.start?.();
  }

  /**
   * Runs events before `untilMs` (capped at the run end); stops early at an unanswered
   * invocation, or after `maxEvents` events ('stepped', the clock stays at the last one).
   */
  advance(untilMs: number, maxEvents = Infinity): 'reached' | 'blocked' | 'stepped' {
    const limit = Math.min(untilMs, this.config.endMs);
    const q = this.queue;
    const gated = this.pending.size > 0 || this.config.runner?.type === 'external';
    let left = maxEvents;
    for (;;) {
      const t = q.peekTime();
      if (t >= limit) break;
      if (left-- <= 0) return 'stepped';
      if (gated && !this.pending.allows(t, q.peekSeq())) return 'blocked';
      q.pop();
      this.now = t;
      this.eventsProcessed++;
      if (q.popCode >= 0) this.behaviours[q.popTarget]!.onEvent?.(q.popCode, q.popArg, q.popPayload);
      else if (q.popCode === SDK_CALL) this.serveCall(q.popTarget, q.popPayload as SdkCallRequest);
      else this.sdkDeadline(q.popPayload as string);
    }
    if (gated && this.pending.size > 0 && !this.pending.allows(limit, -1)) return 'blocked';
    if (limit > this.now) this.now = limit;
    return 'reached';
  }

  /** Hands in a handler result; false if no invocation waits for it. */
  deliver(result: InvokeResult): boolean {
    this.owners.delete(result.requestId);
    return this.pending.resolve(result.requestId, result);
  }

  /**
   * An invocation waits for the SDK calls it made (`calls`: the new ones, maybe none): they
   * are queued at (their time, the invocation's seq, call order), so a run stays a pure
   * function of (flow, seed) whatever the order in which workers report.
   */
  sdkWait(requestId: string, calls: SdkCallRequest[]): boolean {
    const owner = this.owners.get(requestId);
    const seq = this.pending.seqOf(requestId);
    if (owner === undefined || seq === undefined) return false;
    this.pending.lift(requestId);
    for (const c of calls) {
      const order = seq + c.callId / (c.callId + 1);
      this.queue.push(Math.max(c.atMs, this.now), order, owner.target, SDK_CALL, 0, { ...c, requestId });
    }
    if (!owner.watched) {
      // Nobody answers in time: the function times out at its deadline, whatever is still out.
      owner.watched = true;
      this.queue.push(
        Math.max(owner.deadlineMs, this.now),
        seq + 0.25,
        owner.target,
        SDK_DEADLINE,
        0,
        requestId,
      );
    }
    return true;
  }

  private sdkDeadline(requestId: string): void {
    if (!this.owners.has(requestId) || !this.pending.isLifted(requestId)) return;
    this.pending.raise(requestId, this.now);
    const error = {
      type: 'Sandbox.Timedout',
      message: 'the function timed out while waiting for this call',
      status: 504,
    };
    this.answers.push({ requestId, callId: 0, atMs: this.now, latencyMs: 0, error });
  }

  private serveCall(target: number, call: SdkCallRequest): void {
    const server = this.sdkServers[target];
    const answer = (reply: { output?: unknown; error?: SdkAnswer['error'] }) => {
      // A call of an invocation that already ended (code that did not await it) has no one to tell.
      if (this.owners.get(call.requestId)?.target !== target) return;
      this.pending.raise(call.requestId, this.now);
      this.answers.push({
        ...reply,
        requestId: call.requestId,
        callId: call.callId,
        atMs: this.now,
        latencyMs: this.now - call.atMs,
      });
    };
    if (server) server(call, answer);
    else
      answer({ error: { type: 'InternalFailure', message: 'this node serves no SDK calls', status: 500 } });
  }

  /** Closes metrics at the end of the run. */
  finish(): void {
    const end = Math.min(this.now, this.config.endMs);
    for (const b of this.behaviours) b.finish?.(end);
    for (const m of this.metrics) m.close(end);
  }

  warn(w: RunWarning): void {
    const key = warningKey(w);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(w);
  }

  /** Starts an invocation for node `target` (see HandlerPort); its completion keeps the seq taken now. */
  private startInvocation(
    request: InvokeRequest,
    lowerBoundMs: number,
    code: number,
    arg: number,
    target: number,
    answer: (r: InvokeResult | null) => number,
  ): void {
    const runner = this.config.runner;
    const seq = this.seq++;
    const scheduleAt = (time: number) => this.queue.push(Math.max(time, this.now), seq, target, code, arg);
    if (!runner) return scheduleAt(answer(null));
    if (runner.type === 'inline') return scheduleAt(answer(runner.run(request)));
    this.pending.add(request.requestId, lowerBoundMs, seq, (r) => answer(r as InvokeResult), scheduleAt);
    this.owners.set(request.requestId, { target, deadlineMs: request.deadlineMs, watched: false });
    this.effects.push(request);
  }

  private context(node: FlowNode, index: number, out: OutEdge[]): NodeContext {
    const byType = new Map<string, OutEdge[]>();
    const deliver = (
      o: OutEdge,
      message: SimMessage,
      mode: 'sync' | 'async',
      reply: ReplyFn | null,
      attempt: number,
    ) => {
      const inbound: Inbound = { message, from: index, edge: o.edge, mode, reply, attempt };
      this.config.onHop?.(o.edge.id, this.now, attempt);
      this.behaviours[o.targetIndex]!.receive(inbound);
    };
    return {
      flow: this.config.flow,
      node,
      index,
      run: this.config.flow.run,
      startEpochMs: this.config.startEpochMs,
      endMs: this.config.endMs,
      seed: this.config.seed,
      random: new RandomStream(hashString(node.id, this.config.seed)),
      metrics: this.metrics[index]!,
      now: () => this.now,
      schedule: (delayMs, code, arg = 0, payload) => {
        this.queue.push(this.now + Math.max(0, delayMs), this.seq++, index, code, arg, payload);
      },
      outEdges: (type) => {
        if (!type) return out;
        let list = byType.get(type);
        if (!list) byType.set(type, (list = out.filter((o) => o.edge.settings.type === type)));
        return list;
      },
      call: (o, message, reply, attempt = 1) => deliver(o, message, 'sync', reply, attempt),
      send: (o, message, attempt = 1) => deliver(o, message, 'async', null, attempt),
      newTrace: () => this.nextTrace++,
      newSpanId: () => this.nextSpan++,
      wantsSpan: (traceId, isError) => this.spans.wants(traceId, isError),
      record: (span: TraceRecord) => {
        this.spans.add(span);
        this.config.onSpan?.(span);
      },
      warn: (w) => this.warn(w),
      traceStart: (traceId, origin) => this.traces.start(traceId, origin, this.now),
      traceOpen: (traceId) => this.traces.open(traceId),
      traceClose: (traceId) => this.traces.close(traceId, this.now),
      handlers: {
        active: this.config.runner !== null,
        invoke: (req, lb, code, arg, answer) => this.startInvocation(req, lb, code, arg, index, answer),
        serveSdk: (serve) => {
          this.sdkServers[index] = serve;
        },
      },
      shared: <T>(key: string, create: () => T): T => {
        if (!this.sharedObjects.has(key)) this.sharedObjects.set(key, create());
        return this.sharedObjects.get(key) as T;
      },
      nodeAt: (i) => this.nodes[i]!,
      countRejection: (i) => this.metrics[i]!.counter('rejections').add(this.now),
    };
  }
}

function groupEdges(
  edges: Edge[],
  nodes: FlowNode[],
  indexById: Map<string, number>,
): Map<number, OutEdge[]> {
  const out = new Map<number, OutEdge[]>();
  for (const edge of edges) {
    const s = indexById.get(edge.source);
    const t = indexById.get(edge.target);
    if (s === undefined || t === undefined) continue;
    let list = out.get(s);
    if (!list) out.set(s, (list = []));
    list.push({ edge, targetIndex: t, targetKind: nodes[t]!.kind });
  }
  return out;
}
