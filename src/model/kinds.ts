import type { EdgeType } from './edges';
import type { NodeKind } from './flow';

export type Category = 'producer' | 'router' | 'compute' | 'store';

export interface KindInfo {
  kind: NodeKind;
  category: Category;
  /** What the palette and the card call it. */
  title: string;
  /** The AWS service it models. */
  service: string;
  /** One line for the palette tooltip. */
  summary: string;
}

export const KINDS: readonly KindInfo[] = [
  {
    kind: 'client',
    category: 'producer',
    title: 'Client',
    service: 'HTTP callers',
    summary: 'Calls its target at a load profile and sees each response.',
  },
  {
    kind: 'schedule',
    category: 'producer',
    title: 'Schedule',
    service: 'EventBridge Scheduler',
    summary: 'Fires on a rate(...) or cron(...) expression.',
  },
  {
    kind: 'source',
    category: 'producer',
    title: 'Event source',
    service: 'Hand-made events',
    summary: 'Sends events you write, at set times or by hand.',
  },
  {
    kind: 'api',
    category: 'router',
    title: 'API',
    service: 'API Gateway',
    summary: 'Routes HTTP requests to integrations, with throttling.',
  },
  {
    kind: 'bus',
    category: 'router',
    title: 'Event bus',
    service: 'EventBridge',
    summary: 'Matches events against rules and sends them to targets.',
  },
  {
    kind: 'topic',
    category: 'router',
    title: 'Topic',
    service: 'SNS',
    summary: 'Fans each message out to every matching subscription.',
  },
  {
    kind: 'queue',
    category: 'router',
    title: 'Queue',
    service: 'SQS',
    summary: 'Holds messages until a consumer receives and deletes them.',
  },
  {
    kind: 'stream',
    category: 'router',
    title: 'Stream',
    service: 'Kinesis / Kafka',
    summary: 'Ordered records in shards, read in batches.',
  },
  {
    kind: 'function',
    category: 'compute',
    title: 'Function',
    service: 'Lambda',
    summary: 'Runs your handler code, scaling with load.',
  },
  {
    kind: 'table',
    category: 'store',
    title: 'Table',
    service: 'DynamoDB',
    summary: 'Key-value items, with an optional change stream.',
  },
  {
    kind: 'bucket',
    category: 'store',
    title: 'Bucket',
    service: 'S3',
    summary: 'Objects, with notifications on create and delete.',
  },
  {
    kind: 'external',
    category: 'store',
    title: 'External service',
    service: 'Third-party API',
    summary: 'A service outside AWS with latency, errors and a rate limit.',
  },
];

export const KIND_INFO: Readonly<Record<NodeKind, KindInfo>> = Object.fromEntries(
  KINDS.map((k) => [k.kind, k]),
) as Record<NodeKind, KindInfo>;

const senders: NodeKind[] = ['api', 'bus', 'topic', 'queue', 'stream', 'function'];

/**
 * Which edge types may join a source kind to a target kind, the first being the default
 * for a new connection. A pair missing here is refused, with `connectionRefusal` saying why.
 */
const RULES: Partial<Record<NodeKind, Partial<Record<NodeKind, EdgeType[]>>>> = {
  client: {
    api: ['invoke'],
    function: ['invoke'],
    bus: ['invoke'],
    topic: ['invoke'],
    queue: ['invoke'],
    stream: ['invoke'],
    external: ['invoke'],
  },
  schedule: {
    function: ['invoke'],
    bus: ['invoke'],
    topic: ['invoke'],
    queue: ['invoke'],
    stream: ['invoke'],
  },
  source: Object.fromEntries(senders.map((k) => [k, ['invoke']])),
  api: {
    function: ['integration'],
    queue: ['integration'],
    topic: ['integration'],
    bus: ['integration'],
    stream: ['integration'],
    external: ['integration'],
  },
  bus: {
    function: ['invoke'],
    queue: ['invoke'],
    topic: ['invoke'],
    bus: ['invoke'],
    stream: ['invoke'],
    external: ['invoke'],
  },
  topic: { function: ['subscription'], queue: ['subscription'], external: ['subscription'] },
  queue: { function: ['sqsMapping'], queue: ['deadLetter'] },
  stream: { function: ['streamMapping'] },
  function: {
    function: ['invoke', 'destination'],
    bus: ['invoke', 'destination'],
    topic: ['invoke', 'destination', 'deadLetter'],
    queue: ['invoke', 'destination', 'deadLetter'],
    stream: ['invoke'],
    table: ['invoke'],
    bucket: ['invoke'],
    external: ['invoke'],
  },
  table: { function: ['streamMapping'] },
  bucket: { function: ['notification'], queue: ['notification'], topic: ['notification'] },
};

export function allowedEdgeTypes(source: NodeKind, target: NodeKind): EdgeType[] {
  return RULES[source]?.[target] ?? [];
}

const REASONS: Partial<Record<NodeKind, string>> = {
  queue:
    'SQS does not push: only a Lambda function can consume a queue (event source mapping), and a queue can only redrive to a dead-letter queue',
  stream:
    'a stream is read by a Lambda function through an event source mapping, nothing else consumes it here',
  topic: 'SNS subscriptions deliver to queues, functions and HTTP endpoints (external services)',
  table: 'a table only sends its change stream to a function',
  bucket: 'S3 event notifications go to functions, queues and topics',
  external: 'an external service does not send events into the flow',
  api: 'API Gateway integrates with functions, AWS services (queue, topic, bus, stream) and HTTP endpoints',
};

/** Why a connection is not allowed, in words for the person who tried it; null if allowed. */
export function connectionRefusal(source: NodeKind, target: NodeKind): string | null {
  if (allowedEdgeTypes(source, target).length > 0) return null;
  const s = KIND_INFO[source];
  const t = KIND_INFO[target];
  if (KIND_INFO[target].category === 'producer') return `${t.title} is a producer: nothing can send to it.`;
  const why = REASONS[source] ?? `${s.service} cannot send to ${t.service}`;
  return `${article(s.title, true)} cannot connect to ${article(t.title)}: ${why}.`;
}

function article(title: string, capital = false): string {
  const a = /^[aeiou]/i.test(title) ? 'an' : 'a';
  return `${capital ? a[0]!.toUpperCase() + a.slice(1) : a} ${title === 'API' ? title : title.toLowerCase()}`;
}
