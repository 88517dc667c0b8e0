// Public API of the simulation core. Routers and the runtime import from here only.
export { createSimulation, runToCompletion, DEFAULT_START_TIME } from './simulation';
export type { Simulation, SimulationOptions, AdvanceResult, Effect, RunResult, LiveNode } from './simulation';
export type {
  HandlerRunner,
  InlineRunner,
  ExternalRunner,
  InvokeRequest,
  InvokeResult,
  PlainHandler,
  SdkCall,
  SdkCallRequest,
  SdkReply,
  SdkAnswer,
} from './runner';
export { inlineRunner } from './runner';
export type { RunSummary, NodeSummary, GaugeFigures, Quantiles } from './records/summary';
export { summaryTables, label as nodeLabel } from './records/summaryTables';
export type { SummaryTable, SummaryRow } from './records/summaryTables';
export type { NodeSeries, MetricTotals, LiveFigures } from './records/nodeMetrics';
export type {
  TraceRecord,
  TraceRecordType,
  SpanBase,
  SpanStatus,
  ErrorInfo,
  InvocationType,
  ThrottleLimit,
} from './records/trace';
export { PAYLOAD_PREVIEW_CHARS } from './records/trace';
export type { SpanStats } from './records/spans';
export type { RunWarning } from './records/warnings';
export type {
  NodeBehaviour,
  NodeContext,
  BehaviourFactory,
  SimMessage,
  Inbound,
  Reply,
  ReplyFn,
  OutEdge,
  Lazy,
  HandlerPort,
  SdkServer,
} from './core/types';
export { BEHAVIOURS, behaviourFor, isSimulated } from './nodes/registry';
export { EventQueue } from './core/heap';
export { RandomStream, nodeStream, hashString } from './core/random';
export { sampler, distributionMean, distributionMedian } from './core/distribution';
export { compileTemplate } from './producers/template';
export { INIT_CAP_MS } from './nodes/function/model';
export { endLine, fixed2, reportLine, startLine, type ReportFigures } from './records/logLines';
export { Sketch } from './core/sketch';
export { buildFlow } from './flowBuilder';
// Event patterns and filter policies (issue 4's public contract).
export {
  matchesEventPattern,
  validateEventPattern,
  explainEventPattern,
  matchesFilterPolicy,
  validateFilterPolicy,
  explainFilterPolicy,
  PatternError,
} from './patterns';
export type { Explanation, MatchFailure, FilterPolicyScope, SnsMessage } from './patterns';
// Routers: SQS, SNS and EventBridge record shapes, the event builders (for inspector previews).
export type { QueueTraceRecord, QueueReceiveOutcome } from './nodes/queue/records';
export type { TopicTraceRecord, SubscriptionVerdict, SnsProtocol } from './nodes/topic/records';
export type { BusTraceRecord, RuleVerdict, PutEventVerdict } from './nodes/bus/records';
export { sqsRecord, queueArn, queueUrl, senderIdOf } from './events/sqs';
export type { SqsRecord, SqsRecordAttribute, SqsMessageAttributeInput } from './events/sqs';
export { snsEnvelope, snsLambdaEvent, topicArn, subscriptionArn } from './events/sns';
export type { SnsPublished, SnsAttributeInput } from './events/sns';
export { busEvent, parsePutEvents, busArn, ruleArn } from './events/eventbridge';
export type { BusEvent, PutEntry } from './events/eventbridge';
export { applyInputTransformer, resolveJsonPath, payloadOfText } from './events/inputTransform';
export {
  MIN_CONCURRENCY as SQS_POLLERS_START,
  MAX_CONCURRENCY as SQS_POLLERS_MAX,
} from './nodes/queue/mapping';
export { snsRetryDelayMs } from './nodes/topic/retry';
// Routers and stores: Kinesis / Kafka streams, API Gateway, DynamoDB (+ Streams), S3, external services.
export type { StreamTraceRecord, StoreTraceRecord } from './records/storeTrace';
export type { StoreView } from './records/storeView';
export { STORE_VIEW_LIMIT } from './records/storeView';
export { kinesisEvent, kinesisSequenceNumber } from './events/kinesis';
export { kafkaEvent } from './events/kafka';
export { dynamodbStreamRecord, dynamodbEvent, dynamodbSequenceNumber } from './events/dynamodb';
export type { StreamViewType } from './events/dynamodb';
export { s3Event, encodeEventKey, notificationMatches } from './events/s3';
export { restProxyEvent, httpProxyEvent } from './events/apigateway';
export type { ProxyRequest } from './events/apigateway';
export { marshall, marshallItem, unmarshall, unmarshallItem } from './nodes/table/attributes';
export type { AttributeValue, Item as DynamoItem } from './nodes/table/attributes';
export { SHARD_RECORDS_PER_SECOND, SHARD_BYTES_PER_SECOND } from './nodes/stream/stream';
export { clientRate } from './producers/load';
