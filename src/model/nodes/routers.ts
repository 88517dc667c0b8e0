import { z } from 'zod';
import { JsonObject, JsonText, NodeRef } from '../common';

export const ApiSettings = z.object({
  protocolType: z.enum(['HTTP', 'REST']).default('REST'),
  /** Stage throttling: token bucket refilled at the rate, holding at most the burst. */
  throttlingRateLimit: z.number().min(0).max(1_000_000).default(10_000),
  throttlingBurstLimit: z.number().int().min(0).max(1_000_000).default(5_000),
  apiKeyRequired: z.boolean().default(false),
  usagePlan: z
    .object({
      rateLimit: z.number().min(0).max(1_000_000),
      burstLimit: z.number().int().min(0).max(1_000_000),
      /** Requests allowed per day per key; null = no quota. */
      quotaPerDay: z.number().int().min(1).nullable().default(null),
    })
    .nullable()
    .default(null),
  /** A simple authorizer: allow a request whose header has one of the values. */
  authorizer: z
    .object({
      header: z.string().min(1).max(128).default('Authorization'),
      allow: z.array(z.string().max(1024)).min(1),
    })
    .nullable()
    .default(null),
});
export type ApiSettings = z.infer<typeof ApiSettings>;

export const RetryPolicy = z.object({
  maximumEventAgeInSeconds: z.number().int().min(60).max(86_400).default(86_400),
  maximumRetryAttempts: z.number().int().min(0).max(185).default(185),
});

export const InputTransformer = z.object({
  inputPathsMap: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), z.string().min(1).max(256)).default({}),
  inputTemplate: z.string().max(8192),
});

export const RuleTarget = z.object({
  /** The connected node this rule sends to. */
  nodeId: NodeRef,
  /** At most one of input, inputPath and inputTransformer, as in AWS. */
  input: JsonText.nullable().default(null),
  inputPath: z.string().max(256).nullable().default(null),
  inputTransformer: InputTransformer.nullable().default(null),
  retryPolicy: RetryPolicy.default({ maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 }),
  /** A standard queue that receives events this target could not take. */
  deadLetterQueue: NodeRef.nullable().default(null),
});
export type RuleTarget = z.infer<typeof RuleTarget>;

export const Rule = z.object({
  name: z.string().regex(/^[.\-_A-Za-z0-9]{1,64}$/, 'rule names use letters, digits, . - _ (at most 64)'),
  description: z.string().max(512).default(''),
  eventPattern: JsonObject,
  state: z.enum(['ENABLED', 'DISABLED']).default('ENABLED'),
  targets: z.array(RuleTarget).max(5, 'a rule has at most 5 targets').default([]),
});
export type Rule = z.infer<typeof Rule>;

/** StartReplay: archived events whose time falls in [eventStartSeconds, eventEndSeconds) go back to the bus. */
export const Replay = z.object({
  name: z.string().regex(/^[.\-_A-Za-z0-9]{1,64}$/, 'replay names use letters, digits, . - _ (at most 64)'),
  /** Virtual second at which the replay starts. */
  atSeconds: z.number().min(0).max(31_536_000),
  eventStartSeconds: z.number().min(0).max(31_536_000).default(0),
  eventEndSeconds: z.number().min(0).max(31_536_000),
  /** Only these rules of the bus get the replayed events; null = all of them. */
  rules: z.array(z.string().max(64)).max(300).nullable().default(null),
});
export type Replay = z.infer<typeof Replay>;

export const BusSettings = z.object({
  rules: z.array(Rule).max(300).default([]),
  archive: z
    .object({
      eventPattern: JsonObject.nullable().default(null),
      /** 0 keeps events indefinitely. */
      retentionDays: z.number().int().min(0).max(36_500).default(0),
      replays: z.array(Replay).max(10).default([]),
    })
    .nullable()
    .default(null),
});
export type BusSettings = z.infer<typeof BusSettings>;

export const TopicSettings = z.object({
  fifoTopic: z.boolean().default(false),
  contentBasedDeduplication: z.boolean().default(false),
});
export type TopicSettings = z.infer<typeof TopicSettings>;

export const QueueSettings = z.object({
  fifoQueue: z.boolean().default(false),
  contentBasedDeduplication: z.boolean().default(false),
  delaySeconds: z.number().int().min(0).max(900).default(0),
  visibilityTimeout: z.number().int().min(0).max(43_200).default(30),
  messageRetentionPeriod: z.number().int().min(60).max(1_209_600).default(345_600),
  receiveMessageWaitTimeSeconds: z.number().int().min(0).max(20).default(0),
  maximumMessageSize: z.number().int().min(1024).max(1_048_576).default(1_048_576),
});
export type QueueSettings = z.infer<typeof QueueSettings>;

export const StreamSettings = z.object({
  /** Kinesis shards or Kafka partitions: the records' hash picks one. */
  flavor: z.enum(['kinesis', 'kafka']).default('kinesis'),
  streamMode: z.enum(['PROVISIONED', 'ON_DEMAND']).default('PROVISIONED'),
  shardCount: z.number().int().min(1).max(10_000).default(1),
  retentionPeriodHours: z.number().int().min(24).max(8760).default(24),
});
export type StreamSettings = z.infer<typeof StreamSettings>;
