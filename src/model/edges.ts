import { z } from 'zod';
import { Id, JsonObject, NodeRef } from './common';

/** Sends to its target: a producer's call, a function's SDK permission, a bus rule target. */
const Invoke = z.object({ type: z.literal('invoke') });

/** Lambda event source mapping from an SQS queue (it lives on the edge, as in AWS). */
const SqsMapping = z.object({
  type: z.literal('sqsMapping'),
  batchSize: z.number().int().min(1).max(10_000).default(10),
  maximumBatchingWindowInSeconds: z.number().int().min(0).max(300).default(0),
  functionResponseTypes: z.array(z.literal('ReportBatchItemFailures')).max(1).default([]),
  /** Caps the concurrent invocations this mapping drives; null = up to the pollers' scale. */
  maximumConcurrency: z.number().int().min(2).max(1000).nullable().default(null),
  enabled: z.boolean().default(true),
});

/** Lambda event source mapping from a Kinesis stream or a DynamoDB table's stream. */
const StreamMapping = z.object({
  type: z.literal('streamMapping'),
  batchSize: z.number().int().min(1).max(10_000).default(100),
  maximumBatchingWindowInSeconds: z.number().int().min(0).max(300).default(0),
  startingPosition: z.enum(['LATEST', 'TRIM_HORIZON']).default('LATEST'),
  parallelizationFactor: z.number().int().min(1).max(10).default(1),
  bisectBatchOnFunctionError: z.boolean().default(false),
  /** -1 retries until the record expires. */
  maximumRetryAttempts: z.number().int().min(-1).max(10_000).default(-1),
  /** -1 = no limit, else 60 to 604,800 s. */
  maximumRecordAgeInSeconds: z
    .number()
    .int()
    .refine((v) => v === -1 || (v >= 60 && v <= 604_800), 'must be -1 (no limit) or 60 to 604,800 seconds')
    .default(-1),
  functionResponseTypes: z.array(z.literal('ReportBatchItemFailures')).max(1).default([]),
  /** A queue or topic that receives metadata of discarded batches. */
  onFailure: NodeRef.nullable().default(null),
  enabled: z.boolean().default(true),
});

/** An SNS subscription from a topic to a queue, function or external endpoint. */
const Subscription = z.object({
  type: z.literal('subscription'),
  filterPolicy: JsonObject.nullable().default(null),
  filterPolicyScope: z.enum(['MessageAttributes', 'MessageBody']).default('MessageAttributes'),
  rawMessageDelivery: z.boolean().default(false),
  /** A queue that receives messages SNS could not deliver. */
  deadLetterQueue: NodeRef.nullable().default(null),
});

/** An API Gateway route and its integration. */
const Integration = z.object({
  type: z.literal('integration'),
  /** "METHOD /path", e.g. "GET /orders/{id}"; "ANY /{proxy+}" catches all. */
  routeKey: z
    .string()
    .regex(/^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^\s]*$/, 'must look like "GET /orders/{id}"')
    .default('ANY /{proxy+}'),
  timeoutInMillis: z.number().int().min(50).max(29_000).default(29_000),
});

/** An S3 event notification. */
const Notification = z.object({
  type: z.literal('notification'),
  events: z
    .array(
      z.enum([
        's3:ObjectCreated:*',
        's3:ObjectCreated:Put',
        's3:ObjectCreated:Copy',
        's3:ObjectRemoved:*',
        's3:ObjectRemoved:Delete',
      ]),
    )
    .min(1)
    .default(['s3:ObjectCreated:*']),
  prefix: z.string().max(1024).default(''),
  suffix: z.string().max(1024).default(''),
});

/** Lambda asynchronous-invocation destination. */
const Destination = z.object({
  type: z.literal('destination'),
  on: z.enum(['success', 'failure']).default('failure'),
});

/** A dead-letter queue: a queue's redrive policy, or a function's DLQ (queue or topic). */
const DeadLetter = z.object({
  type: z.literal('deadLetter'),
  /** Queues only: receives before a message moves to the DLQ. */
  maxReceiveCount: z.number().int().min(1).max(1000).default(5),
});

export const EdgeSettings = z.discriminatedUnion('type', [
  Invoke,
  SqsMapping,
  StreamMapping,
  Subscription,
  Integration,
  Notification,
  Destination,
  DeadLetter,
]);
export type EdgeSettings = z.infer<typeof EdgeSettings>;
export type EdgeType = EdgeSettings['type'];
export type EdgeSettingsOf<T extends EdgeType> = Extract<EdgeSettings, { type: T }>;

export const Edge = z.object({
  id: Id,
  source: Id,
  target: Id,
  settings: EdgeSettings.default({ type: 'invoke' }),
});
export type Edge = z.infer<typeof Edge>;
