import type { EdgeType, NodeKind } from '../../../model';

/**
 * "How this is simulated": what the inspector says about each kind and each edge type with
 * semantics of its own. Every text is a short form of docs/semantics.md (the `section` named
 * below); change both together. The test checks that figures and `names` appear there.
 */
export interface SimulationBullet {
  /** `modeled`: what the run does as AWS does; `simplified`: where it departs or leaves out. */
  type: 'modeled' | 'simplified';
  /** Plain text; `backquoted` parts are setting or API names, shown as code. */
  text: string;
}

export interface SimulationNote {
  /** Where docs/semantics.md has the full list: the start of one of its headings. */
  section: string;
  bullets: readonly SimulationBullet[];
}

const m = (text: string): SimulationBullet => ({ type: 'modeled', text });
const s = (text: string): SimulationBullet => ({ type: 'simplified', text });

export const KIND_NOTES: Readonly<Record<NodeKind, SimulationNote>> = {
  client: {
    section: 'Client',
    bullets: [
      m(
        'Calls its target synchronously and sees the status, body and latency; several targets are taken in turn.',
      ),
      m(
        'Load profiles: constant, poisson, and ramp, spike, wave and steps drawn as Poisson processes, so counts vary as real traffic does.',
      ),
      m(
        'Timeout, and SDK-style retries of 429, 5xx and timeouts with full-jitter backoff. A function error is a 200, so it is not retried.',
      ),
      s('No network time: a direct call to a function sees only its INIT and duration.'),
    ],
  },
  schedule: {
    section: 'Schedule',
    bullets: [
      m(
        'rate, cron (six AWS fields, with a year, `?` in one day field) and at expressions; cron and at follow the time zone, daylight saving included.',
      ),
      m(
        'Each firing sends the event a scheduled rule delivers ("Scheduled Event" from "aws.events"), or the constant `input`, asynchronously to every target.',
      ),
      s('A rate schedule starts at the start of the run (AWS: its creation or start date).'),
      s(
        'No flexible time window: it fires exactly on time. The retry policy is not used, since delivery to a simulated target always succeeds.',
      ),
    ],
  },
  source: {
    section: 'Event source',
    bullets: [
      m('Sends your JSON events asynchronously to every connected target, each at its `atSeconds`.'),
      m('Events without a time fire only when fired by hand; a headless simulate run never fires them.'),
      s('Delivery between nodes takes no virtual time: latency belongs to the nodes that have it.'),
    ],
  },
  api: {
    section: 'APIs',
    bullets: [
      m(
        'In order: route matching, the authorizer, API key and usage plan (REST only), stage throttling, the integration.',
      ),
      m(
        'Stage throttling is a token bucket (10,000 per second, burst 5,000 by default) answering 429 when empty.',
      ),
      m(
        'Lambda proxy payloads 1.0 (REST) and 2.0 (HTTP). A function error answers 502 on REST, 500 on HTTP; a throttled function 500.',
      ),
      s('The authorizer only allows or denies by header value: no Lambda or JWT authorizer, no caching.'),
      s(
        "Not modelled: the gateway's own latency, mapping templates, caching, CORS, payload size limits, WebSocket APIs.",
      ),
    ],
  },
  bus: {
    section: 'Event buses',
    bullets: [
      m(
        "PutEvents builds the full envelope. Each enabled rule's pattern (the complete syntax) is compiled once; up to 5 targets per rule.",
      ),
      m(
        'Every `bus.put` span says, per rule, whether it matched and, when not, which field and condition failed.',
      ),
      m(
        'Target input (`input`, `inputPath`, input transformer); a retry policy (185 attempts and 24 h by default) and a DLQ per target; archive and replay.',
      ),
      s(
        'The retry backoff (1 s doubling to 10 minutes, with jitter) is our choice: AWS does not publish it.',
      ),
      s(
        'A replay sends all its events at its start time, and events reach the archive at once. The PutEvents TPS quota is not modelled.',
      ),
      s(
        "Patterns compare numbers as doubles, not the engine's fixed point, and the 2,048-character quota is a hard limit.",
      ),
    ],
  },
  topic: {
    section: 'Topics',
    bullets: [
      m(
        "Each message goes to every subscription whose filter policy matches, with both scopes and SNS's operators and limits.",
      ),
      m(
        "Every `topic.publish` span gives each subscription's verdict and, for a miss, the field and condition that failed.",
      ),
      m(
        'Queues get the SNS envelope (or the raw message), functions the SNS event asynchronously; retries per protocol and a DLQ per subscription.',
      ),
      m('FIFO topics deliver only to FIFO queues, keep order per group and deduplicate for 5 minutes.'),
      s('Retry delays have ±10% jitter (AWS does not say how much); signatures are stand-ins.'),
      s(
        'Not modelled: custom HTTP/S delivery policies, the 15-minute delay before a changed filter policy applies, email, SMS, mobile push.',
      ),
    ],
  },
  queue: {
    section: 'Queues',
    bullets: [
      m(
        'Standard and FIFO queues: delay, visibility timeout, receive count, retention; FIFO groups in order, with 5-minute deduplication.',
      ),
      m(
        'Redrive: a message received `maxReceiveCount` times moves to the dead-letter queue, keeping its original enqueue time.',
      ),
      m(
        'Metrics: visible, in flight, delayed, age of the oldest message, sent, received, deleted, moved to DLQ.',
      ),
      s(
        'A standard queue never delivers a message twice and has no "false empty" receives: a message comes back only when its visibility timeout runs out.',
      ),
      s('FIFO throughput limits (300 / 3,000 per second) are not modelled.'),
    ],
  },
  stream: {
    section: 'Streams',
    bullets: [
      m(
        'The shard is chosen by the MD5 of the partition key (Kafka: murmur2); records keep their order within a shard.',
      ),
      m(
        'Write limit per shard: 1,000 records or 1 MiB per second; past it, `ProvisionedThroughputExceededException`.',
      ),
      m('Retention, iterator age, and a failing batch that blocks its shard (see the event source mapping).'),
      s(
        'No resharding; on-demand mode has the write capacity of 4 shards (or `shardCount` if larger) and does not scale.',
      ),
      s('Not modelled: per-shard read limits, enhanced fan-out. Kafka uses the Kinesis mapping behaviour.'),
    ],
  },
  function: {
    section: 'Functions',
    bullets: [
      m(
        'One request per environment; a new one runs INIT first (a cold start). Warm requests take the most recently used idle environment.',
      ),
      m(
        'Account concurrency (1,000), reserved and provisioned concurrency, and at most 1,000 new environments every 10 s; over a limit, 429.',
      ),
      m(
        'Asynchronous events: function errors retried `maximumRetryAttempts` times (60 s, then 120 s after), throttles until the event is too old; destinations and DLQ.',
      ),
      m('Cost: $0.20 per million requests plus billed ms (INIT included) x memory at us-east-1 prices.'),
      s(
        'Idle environments live `run.environmentKeepAliveSeconds` (600 s by default; AWS does not document it), with no random early eviction.',
      ),
      s(
        'Not modelled: the invocation-rate limit, SnapStart, versions and aliases, payload size limits, recursive-loop detection; provisioned concurrency is not billed.',
      ),
    ],
  },
  table: {
    section: 'Tables',
    bullets: [
      m(
        'Items are kept for the run: PutItem, GetItem, UpdateItem, DeleteItem, Query and Scan with condition, filter, update and key expressions.',
      ),
      m(
        'A failed condition answers `ConditionalCheckFailedException` and writes nothing. Latency: lognormal, median 5 ms by default.',
      ),
      m('DynamoDB Streams: INSERT, MODIFY and REMOVE records per view type, read through a stream mapping.'),
      s(
        'No capacity or throttling (`billingMode` has no effect); all reads are consistent; the stream has one shard.',
      ),
      s('Not modelled: transactions, batch operations, secondary indexes, TTL, item size limits.'),
    ],
  },
  bucket: {
    section: 'Buckets',
    bullets: [
      m(
        'Objects are kept for the run: PutObject, GetObject, HeadObject, DeleteObject, CopyObject, ListObjectsV2; the ETag is the MD5 of the body.',
      ),
      m(
        "Notifications for ObjectCreated and ObjectRemoved, filtered by prefix and suffix, in S3's event shape, to functions (asynchronously), queues and topics.",
      ),
      m('Latency: lognormal, median 20 ms by default.'),
      s(
        'Deleting a key that does not exist sends no notification; no versioning; the notification leaves with the answer.',
      ),
      s(
        'Not modelled: request rate limits per prefix, multipart uploads, storage classes, EventBridge delivery of S3 events.',
      ),
    ],
  },
  external: {
    section: 'External services',
    bullets: [
      m('Each call is answered after a draw of `latency` (lognormal, median 120 ms by default).'),
      m(
        '429 when more than `rateLimit` calls arrive in the same one-second window, else 500 with probability `errorRate`, else 200.',
      ),
      s(
        'A stand-in for any HTTP service: errors are drawn at random, whatever the load, and the limit counts calls in fixed one-second windows.',
      ),
    ],
  },
};

/** Edges whose settings carry AWS behaviour of their own (an `invoke` edge takes its target's). */
export type NotedEdgeType = Exclude<EdgeType, 'invoke'>;

export const EDGE_NOTES: Readonly<Record<NotedEdgeType, SimulationNote>> = {
  sqsMapping: {
    section: 'Queues',
    bullets: [
      m(
        'Each batch is one synchronous invocation with the SQS event: up to `batchSize` messages, a batching window, the 6 MB payload limit.',
      ),
      m(
        'Pollers start at 5 concurrent batches and grow by 300 per minute while messages wait, up to 1,250 or `maximumConcurrency`.',
      ),
      m(
        'A failed or throttled batch comes back after the visibility timeout; with `ReportBatchItemFailures`, only the listed messages do.',
      ),
      s('The throttle backoff (1 s doubling to 60 s) is our choice: AWS only says it reduces polling.'),
      s(
        "Lambda's extra wait of up to 20 s on quiet queues is not modelled; on a FIFO queue a `batchSize` above 10 runs as 10 (warned).",
      ),
    ],
  },
  streamMapping: {
    section: 'Streams',
    bullets: [
      m(
        'One poller per shard and parallelization slot (`parallelizationFactor` 1-10); records of one key stay in order.',
      ),
      m(
        'A failing batch blocks its slot until it succeeds, runs out of `maximumRetryAttempts` or its records pass `maximumRecordAgeInSeconds` or the retention.',
      ),
      m(
        '`bisectBatchOnFunctionError` splits a failing batch; `ReportBatchItemFailures` checkpoints; the on-failure destination gets metadata, never the data.',
      ),
      s(
        'Pollers read about once per second per shard; `startingPosition` makes no difference, since the stream starts empty.',
      ),
      s('Not modelled: tumbling windows, event filtering, enhanced fan-out.'),
    ],
  },
  subscription: {
    section: 'Topics',
    bullets: [
      m(
        "The filter policy applies to `MessageAttributes` or `MessageBody`, with SNS's operators; at most 5 keys and 150 combinations. An invalid policy receives nothing.",
      ),
      m(
        'With `rawMessageDelivery` a queue gets the message itself, its attributes as SQS message attributes (up to 10).',
      ),
      m(
        'Retries: SQS and Lambda 3 immediate, 2 at 1 s, 10 backing off from 1 to 20 s, then 100,000 at 20 s; HTTP/S 3 retries 20 s apart. Then the DLQ, if any.',
      ),
      s(
        'Retry delays have ±10% jitter; the 15-minute delay before a changed filter policy applies is not modelled.',
      ),
    ],
  },
  integration: {
    section: 'APIs',
    bullets: [
      m(
        '`routeKey` like GET /orders/{id}: `{name}` is one segment, `{name+}` the rest, ANY every method; the most specific route wins.',
      ),
      m(
        'Lambda proxy integration; `timeoutInMillis` (50 ms-29 s) answers 504 on REST, 503 on HTTP, while the function keeps running.',
      ),
      m(
        "To a queue, topic or bus the body is sent asynchronously and the API answers 200 at once; a stream's answer is passed through.",
      ),
      s(
        "Not modelled: request and response mapping templates, the headers API Gateway adds, the gateway's own latency.",
      ),
    ],
  },
  notification: {
    section: 'Buckets',
    bullets: [
      m(
        'ObjectCreated (Put, Copy) and ObjectRemoved (Delete) events, filtered by key prefix and suffix; each matching edge gets its own message.',
      ),
      m(
        "S3's event (version 2.1), with `configurationId` = the edge id; a function is invoked asynchronously.",
      ),
      s(
        'The notification leaves with the answer (S3 usually takes under a second); deleting a missing key sends none.',
      ),
    ],
  },
  destination: {
    section: 'Functions',
    bullets: [
      m(
        "After Lambda's asynchronous retries, a failed event goes to on-failure destinations as the invocation record; a success to on-success ones.",
      ),
      m(
        'A function gets the record as its event, a queue or topic as the message body, a bus as an event from source lambda.',
      ),
      s('When both an on-failure destination and a DLQ are connected, both receive it.'),
    ],
  },
  deadLetter: {
    section: 'Queues',
    bullets: [
      m(
        "From a queue: redrive after `maxReceiveCount` receives (1-1,000, default 5), keeping the message's id, body, attributes and original enqueue time.",
      ),
      m(
        'From a function: the original event of a failed asynchronous invocation, with `RequestID`, `ErrorCode` and `ErrorMessage` attributes.',
      ),
      s(
        'Expiry follows queue order: a moved message older than the ones ahead of it is deleted for age only once they expire.',
      ),
    ],
  },
};

export function edgeNotes(type: EdgeType): SimulationNote | null {
  return type === 'invoke' ? null : EDGE_NOTES[type];
}
