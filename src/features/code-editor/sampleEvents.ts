import {
  dynamodbEvent,
  dynamodbSequenceNumber,
  dynamodbStreamRecord,
  httpProxyEvent,
  kinesisEvent,
  kinesisSequenceNumber,
  queueArn,
  restProxyEvent,
  s3Event,
  senderIdOf,
  snsLambdaEvent,
  sqsRecord,
  subscriptionArn,
  topicArn,
  type ProxyRequest,
} from '../../sim';
import type { Trigger } from './triggers';

/** Where sample ARNs point: the flow's run.region and run.accountId. */
export interface SampleAccount {
  region: string;
  accountId: string;
}

const DEFAULT_ACCOUNT: SampleAccount = { region: 'us-east-1', accountId: '123456789012' };
/** Samples carry a fixed time, as `sam local generate-event` output does. */
const AT = Date.parse('2026-01-01T12:00:00Z');

/** One entry of the sample event library (like `sam local generate-event <service> <event>`). */
export interface SampleEvent {
  id: string;
  trigger: Trigger;
  label: string;
}

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  { id: 'apigateway-rest', trigger: 'apiRest', label: 'API Gateway REST (proxy, v1): POST /orders' },
  { id: 'apigateway-http', trigger: 'apiHttp', label: 'API Gateway HTTP API (payload v2): POST /orders' },
  { id: 'sqs', trigger: 'sqs', label: 'SQS: receive message (batch of 1)' },
  { id: 'sns', trigger: 'sns', label: 'SNS: notification' },
  { id: 'eventbridge', trigger: 'eventbridge', label: 'EventBridge: custom event' },
  { id: 'schedule', trigger: 'schedule', label: 'EventBridge: scheduled event' },
  { id: 'kinesis', trigger: 'kinesis', label: 'Kinesis: stream record' },
  { id: 'dynamodb', trigger: 'dynamodb', label: 'DynamoDB Streams: INSERT' },
  { id: 's3', trigger: 's3', label: 'S3: object created (Put)' },
  { id: 'direct', trigger: 'direct', label: 'Direct invoke: plain JSON' },
];

/** The library ordered for one function: the samples of its own triggers first. */
export function samplesFor(triggers: readonly Trigger[]): SampleEvent[] {
  const own = SAMPLE_EVENTS.filter((s) => triggers.includes(s.trigger));
  return [...own, ...SAMPLE_EVENTS.filter((s) => !triggers.includes(s.trigger))];
}

const ORDER = {
  orderId: 'o-1001',
  customerId: 'c-42',
  customerEmail: 'ana@example.com',
  total: 129.9,
  currency: 'EUR',
  shippingCountry: 'PT',
  items: [{ sku: 'BOOK-7', qty: 2 }],
};

function proxyRequest(name: string, at: SampleAccount): ProxyRequest {
  return {
    method: 'POST',
    path: '/orders',
    rawQuery: 'source=web',
    routeKey: 'POST /orders',
    resource: '/orders',
    headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0', accept: '*/*' },
    body: JSON.stringify(ORDER),
    pathParameters: null,
    apiId: apiIdOf(name),
    stage: 'prod',
    region: at.region,
    accountId: at.accountId,
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    epochMs: AT,
    sourceIp: '198.51.100.7',
    apiKey: null,
    apiKeyId: null,
    principalId: null,
  };
}

const apiIdOf = (name: string) => (name.toLowerCase().replace(/[^a-z0-9]/g, '') + 'abcdefghij').slice(0, 10);

/**
 * A realistic event of the sample's kind, addressed to `source` (the connected resource's
 * name, e.g. the queue) so ARNs read like the person's own flow.
 */
export function buildSampleEvent(
  id: string,
  source = 'my-resource',
  at: SampleAccount = DEFAULT_ACCOUNT,
): unknown {
  const { region: REGION, accountId: ACCOUNT } = at;
  switch (id) {
    case 'apigateway-rest':
      return restProxyEvent(proxyRequest(source, at));
    case 'apigateway-http':
      return httpProxyEvent({ ...proxyRequest(source, at), routeKey: 'POST /orders', stage: '$default' });
    case 'sqs': {
      const record = sqsRecord(
        {
          messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
          body: JSON.stringify(ORDER),
          attributes: {},
          sentAt: 0,
          firstReceiveAt: 12,
          receiveCount: 1,
          senderId: senderIdOf('producer'),
        },
        queueArn(REGION, ACCOUNT, source),
        REGION,
        AT,
      );
      return { Records: [record] };
    }
    case 'sns': {
      const arn = topicArn(REGION, ACCOUNT, source);
      return snsLambdaEvent(
        {
          messageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
          topicArn: arn,
          subject: 'Order placed',
          message: JSON.stringify(ORDER),
          timestamp: new Date(AT).toISOString(),
          attributes: { eventType: { DataType: 'String', StringValue: 'order.placed' } },
        },
        subscriptionArn(arn, 'sample'),
      );
    }
    case 'eventbridge':
      return envelope(at, 'OrderPlaced', 'com.example.orders', [], ORDER);
    case 'schedule':
      return envelope(
        at,
        'Scheduled Event',
        'aws.events',
        [`arn:aws:events:${REGION}:${ACCOUNT}:rule/${source}`],
        {},
      );
    case 'kinesis':
      return kinesisEvent(
        [
          {
            shardId: 'shardId-000000000000',
            partitionKey: ORDER.customerId,
            sequenceNumber: kinesisSequenceNumber(0, 1),
            data: JSON.stringify(ORDER),
            arrivalEpochMs: AT,
          },
        ],
        {
          streamArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${source}`,
          region: REGION,
          invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/lambda-role`,
        },
      );
    case 'dynamodb':
      return dynamodbEvent([
        dynamodbStreamRecord(
          {
            eventName: 'INSERT',
            keys: { orderId: { S: ORDER.orderId } },
            newImage: {
              orderId: { S: ORDER.orderId },
              customerId: { S: ORDER.customerId },
              total: { N: String(ORDER.total) },
            },
          },
          {
            viewType: 'NEW_AND_OLD_IMAGES',
            sequenceNumber: dynamodbSequenceNumber(1),
            eventId: 'c4ca4238a0b923820dcc509a6f75849b',
            region: REGION,
            streamArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${source}/stream/2026-01-01T00:00:00.000`,
            epochMs: AT,
          },
        ),
      ]);
    case 's3':
      return s3Event(
        {
          eventName: 'ObjectCreated:Put',
          key: 'uploads/report 2026.csv',
          size: 1024,
          eTag: '0123456789abcdef0123456789abcdef',
          sequencer: '0A1B2C3D4E5F678901',
          epochMs: AT,
        },
        {
          bucket: source.toLowerCase().replace(/[^a-z0-9.-]/g, '-'),
          region: REGION,
          configurationId: 'sample-notification',
          requestId: 'C3D13FE58DE4C810',
          hostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
        },
      );
    default:
      return { ...ORDER };
  }
}

function envelope(
  at: SampleAccount,
  detailType: string,
  source: string,
  resources: string[],
  detail: unknown,
) {
  return {
    version: '0',
    id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
    'detail-type': detailType,
    source,
    account: at.accountId,
    time: new Date(AT).toISOString().replace('.000', ''),
    region: at.region,
    resources,
    detail,
  };
}
