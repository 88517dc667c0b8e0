import type { Edge, Flow, FlowNode, NodeKind, RunSettings } from '../../model';
import type { NodeMetrics } from '../records/nodeMetrics';
import type { ErrorInfo, TraceRecord } from '../records/trace';
import type { RandomStream } from './random';
import type { InvokeRequest, InvokeResult, SdkCallRequest, SdkReply } from '../runner';
import type { RunWarning } from '../records/warnings';
import type { StoreView } from '../records/storeView';

/** A value computed on first read (payloads are only rendered when someone looks). */
export interface Lazy<T> {
  get(): T;
}

/** What travels along an edge: a request, an event, a message. */
export interface SimMessage {
  /** The trace this message belongs to (one per producer event). */
  traceId: number;
  /** The span that sent it; null for a producer's own first hop. */
  parentSpanId: number | null;
  /** The producer node that started the trace. */
  originIndex: number;
  /** The event as the receiver's code sees it (JSON-like). */
  payload: Lazy<unknown>;
  /** HTTP shape when a client sent it (API Gateway builds its proxy event from this). */
  http?: { method: string; path: string; headers: Record<string, string>; body: Lazy<string> };
}

/** The answer to a synchronous call. */
export interface Reply {
  /** HTTP-like status: 200 ok (a Lambda function error is also 200, with functionError), 429 throttled, 5xx... */
  status: number;
  body?: unknown;
  /** Set when the code failed: Lambda's X-Amz-Function-Error ("Unhandled"). */
  functionError?: string;
  error?: ErrorInfo;
  /** The span that produced the answer (the caller's children hang below it). */
  spanId: number | null;
}

export type ReplyFn = (reply: Reply) => void;

/** A message arriving at a node. */
export interface Inbound {
  message: SimMessage;
  /** Index of the sending node. */
  from: number;
  /** The edge it came along (its settings: a subscription, a mapping...). */
  edge: Edge;
  /** 'sync': the sender waits for `reply`; 'async': fire and forget (Lambda Event invoke). */
  mode: 'sync' | 'async';
  reply: ReplyFn | null;
  /** 1 for a first delivery; retries by the sender count up. */
  attempt: number;
}

/** A node's outgoing edge, resolved. */
export interface OutEdge {
  edge: Edge;
  targetIndex: number;
  targetKind: NodeKind;
}

/** What a behaviour can do: its only door to the engine. */
export interface NodeContext {
  readonly flow: Flow;
  readonly node: FlowNode;
  readonly index: number;
  readonly run: RunSettings;
  /** Epoch ms of virtual time 0 (for ISO timestamps in payloads). */
  readonly startEpochMs: number;
  /** The run's seed (derive extra streams with hashString(`${node.id}\u0000purpose`, seed)). */
  readonly seed: number;
  /** This node's own seeded stream. */
  readonly random: RandomStream;
  readonly metrics: NodeMetrics;
  /** Current virtual time, ms since the start of the run. */
  now(): number;
  /** Run length in virtual ms. */
  readonly endMs: number;
  /** Schedules a SimEvent back to this node's onEvent after `delayMs` (>= 0). */
  schedule(delayMs: number, code: number, arg?: number, payload?: unknown): void;
  /** Outgoing edges, optionally of one edge type, in flow order. */
  outEdges(type?: Edge['settings']['type']): OutEdge[];
  /** Delivers a message along an edge now; a sync call gets `reply` later (or at once). */
  call(out: OutEdge, message: SimMessage, reply: ReplyFn, attempt?: number): void;
  send(out: OutEdge, message: SimMessage, attempt?: number): void;
  /** A new trace id (producers call it once per event they emit). */
  newTrace(): number;
  newSpanId(): number;
  /** Whether a span of this trace would be kept: build records only when it says yes. */
  wantsSpan(traceId: number, isError: boolean): boolean;
  record(span: TraceRecord): void;
  /** A typed warning shown in the run summary (reported once per node and type). */
  warn(warning: RunWarning): void;
  /** End-to-end bookkeeping: a hop of the trace opened / finished (see README). */
  traceStart(traceId: number, originIndex: number): void;
  traceOpen(traceId: number): void;
  traceClose(traceId: number): void;
  /** Handler execution (functions only): see runner.ts. */
  readonly handlers: HandlerPort;
  /** A per-run object shared by all nodes under `key` (e.g. the Lambda account pool). */
  shared<T>(key: string, create: () => T): T;
  /** Counts a throttled request at node `index` that nobody will retry (see README). */
  countRejection(index: number): void;
  /** Looks up another node (for ARNs and names). */
  nodeAt(index: number): FlowNode;
}

/** How a function behaviour hands invocations to the handler runner. */
export interface HandlerPort {
  /** True when user code runs (a runner was given); false: the declared model alone. */
  readonly active: boolean;
  /**
   * Starts an invocation. `lowerBoundMs` is the earliest virtual time it can finish: the
   * engine does not run past it until the result is in. `answer` turns the result into the
   * completion time, when this node's onEvent(code, arg) fires (ordered as if scheduled now).
   */
  invoke(
    request: InvokeRequest,
    lowerBoundMs: number,
    code: number,
    arg: number,
    answer: (result: InvokeResult | null) => number,
  ): void;
  /**
   * Serves the SDK calls of this node's invocations (functions only): `serve` runs at the
   * call's virtual time and must call `answer` exactly once, now or later.
   */
  serveSdk(serve: SdkServer): void;
}

/** An AWS SDK call made by handler code (see runner.ts: SdkCallRequest). */
export type SdkServer = (call: SdkCallRequest, answer: (reply: SdkReply) => void) => void;

/** A node kind's behaviour. One file per kind under nodes/, registered in nodes/registry.ts. */
export interface NodeBehaviour {
  /** Called once before virtual time starts: schedule first events here. */
  start?(): void;
  /** A SimEvent this node scheduled for itself has come due. */
  onEvent?(code: number, arg: number, payload: unknown): void;
  /** A message arrived along an edge. */
  receive(inbound: Inbound): void;
  /** The run ended at `endMs`: close gauges, count what is left. */
  finish?(endMs: number): void;
  /** Extra figures for this node's summary (cost...). */
  summary?(): NodeExtra;
  /** Fires a producer's event by hand (sources only). */
  fire?(eventIndex: number): boolean;
  /** What a store holds now (tables, buckets): a read-only copy for the inspector. */
  inspect?(): StoreView;
  /**
   * Starts a synchronous invocation with `event` at the current time, with no caller node
   * (functions only: the code editor's Test); returns its request id, or null if throttled.
   */
  invokeDirect?(event: unknown): string | null;
}

export interface NodeExtra {
  costUsd?: number;
  /** Derived figures, e.g. coldStartShare. */
  derived?: Record<string, number>;
}

export type BehaviourFactory = (ctx: NodeContext) => NodeBehaviour;
