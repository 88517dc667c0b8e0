// Public API of the simulation core. Routers and the runtime import from here only.
export { createSimulation, runToCompletion, DEFAULT_START_TIME } from './simulation';
export type { Simulation, SimulationOptions, AdvanceResult, Effect, RunResult } from './simulation';
export type { HandlerRunner, InlineRunner, ExternalRunner, InvokeRequest, InvokeResult, PlainHandler, SdkCall } from './runner';
export { inlineRunner } from './runner';
export type { RunSummary, NodeSummary, GaugeFigures, Quantiles } from './records/summary';
export type { NodeSeries, MetricTotals } from './records/nodeMetrics';
export type { TraceRecord, TraceRecordType, SpanBase, SpanStatus, ErrorInfo, InvocationType, ThrottleLimit } from './records/trace';
export { PAYLOAD_PREVIEW_CHARS } from './records/trace';
export type { SpanStats } from './records/spans';
export type { RunWarning } from './records/warnings';
export type { NodeBehaviour, NodeContext, BehaviourFactory, SimMessage, Inbound, Reply, ReplyFn, OutEdge, Lazy, HandlerPort } from './core/types';
export { BEHAVIOURS, behaviourFor, isSimulated } from './nodes/registry';
export { EventQueue } from './core/heap';
export { RandomStream, nodeStream, hashString } from './core/random';
export { sampler, distributionMean } from './core/distribution';
export { Sketch } from './core/sketch';
