import type { Edge, FlowNode } from '../../model';

/** What can invoke a function, as far as the shape of its event goes. */
export type Trigger =
  | 'apiRest'
  | 'apiHttp'
  | 'sqs'
  | 'sns'
  | 'eventbridge'
  | 'schedule'
  | 'kinesis'
  | 'dynamodb'
  | 's3'
  | 'direct';

export const TRIGGER_ORDER: readonly Trigger[] = [
  'apiRest',
  'apiHttp',
  'sqs',
  'sns',
  'eventbridge',
  'schedule',
  'kinesis',
  'dynamodb',
  's3',
  'direct',
];

/** The TypeScript type of the event each trigger delivers (names from the aws-lambda typings). */
export const EVENT_TYPE: Record<Trigger, string> = {
  apiRest: 'APIGatewayProxyEvent',
  apiHttp: 'APIGatewayProxyEventV2',
  sqs: 'SQSEvent',
  sns: 'SNSEvent',
  eventbridge: 'EventBridgeEvent<string, any>',
  schedule: 'ScheduledEvent',
  kinesis: 'KinesisStreamEvent',
  dynamodb: 'DynamoDBStreamEvent',
  s3: 'S3Event',
  direct: 'any',
};

function triggerOf(edge: Edge, source: FlowNode | undefined): Trigger | null {
  switch (edge.settings.type) {
    case 'sqsMapping':
      return 'sqs';
    case 'subscription':
      return 'sns';
    case 'notification':
      return 's3';
    case 'streamMapping':
      return source?.kind === 'table' ? 'dynamodb' : 'kinesis';
    case 'integration':
      return source?.kind === 'api' && source.settings.protocolType === 'HTTP' ? 'apiHttp' : 'apiRest';
    case 'invoke':
    case 'destination':
      if (source?.kind === 'bus') return 'eventbridge';
      if (source?.kind === 'schedule') return 'schedule';
      return 'direct';
    case 'deadLetter':
      return null;
  }
}

/** The triggers of a function, from the edges that end at it: distinct, in TRIGGER_ORDER. */
export function inferTriggers(
  functionId: string,
  nodes: readonly FlowNode[],
  edges: readonly Edge[],
): Trigger[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const found = new Set<Trigger>();
  for (const e of edges) {
    if (e.target !== functionId) continue;
    const t = triggerOf(e, byId.get(e.source));
    if (t) found.add(t);
  }
  return TRIGGER_ORDER.filter((t) => found.has(t));
}

/** The handler's event type: the union of its triggers' events; `any` when unknown or invoked directly. */
export function eventTypeOf(triggers: readonly Trigger[]): string {
  if (triggers.length === 0 || triggers.includes('direct')) return 'any';
  return triggers.map((t) => EVENT_TYPE[t]).join(' | ');
}
