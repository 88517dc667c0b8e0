// Types of the events Lambda delivers, in the shape and names of the `aws-lambda` typings
// (DefinitelyTyped), declared as globals for JSDoc in handler code. Written here, kept minimal.
export const EVENT_DTS = `
interface Context {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  /** Milliseconds left before the function times out (virtual time in the simulation). */
  getRemainingTimeInMillis(): number;
}

interface APIGatewayProxyEvent {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string | undefined>;
  multiValueHeaders: Record<string, string[] | undefined>;
  queryStringParameters: Record<string, string | undefined> | null;
  multiValueQueryStringParameters: Record<string, string[] | undefined> | null;
  pathParameters: Record<string, string | undefined> | null;
  stageVariables: Record<string, string | undefined> | null;
  requestContext: {
    accountId: string; apiId: string; stage: string; requestId: string; resourcePath: string;
    httpMethod: string; path: string; protocol: string; requestTime: string; requestTimeEpoch: number;
    domainName: string; identity: { sourceIp: string; userAgent: string | null; apiKey: string | null };
  };
  body: string | null;
  isBase64Encoded: boolean;
}
interface APIGatewayProxyResult {
  statusCode: number;
  headers?: Record<string, string | number | boolean>;
  multiValueHeaders?: Record<string, Array<string | number | boolean>>;
  body: string;
  isBase64Encoded?: boolean;
}
interface APIGatewayProxyEventV2 {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  pathParameters?: Record<string, string | undefined>;
  stageVariables?: Record<string, string | undefined>;
  requestContext: {
    accountId: string; apiId: string; domainName: string; domainPrefix: string; requestId: string;
    routeKey: string; stage: string; time: string; timeEpoch: number;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
  };
  body?: string;
  isBase64Encoded: boolean;
}
type APIGatewayProxyResultV2 =
  | string
  | { statusCode?: number; headers?: Record<string, string | number | boolean>; body?: string; isBase64Encoded?: boolean; cookies?: string[] };

interface SQSMessageAttribute { stringValue?: string; binaryValue?: string; stringListValues?: string[]; binaryListValues?: string[]; dataType: string }
interface SQSRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: {
    ApproximateReceiveCount: string; SentTimestamp: string; SenderId: string; ApproximateFirstReceiveTimestamp: string;
    SequenceNumber?: string; MessageGroupId?: string; MessageDeduplicationId?: string;
  };
  messageAttributes: Record<string, SQSMessageAttribute>;
  md5OfBody: string;
  eventSource: string;
  eventSourceARN: string;
  awsRegion: string;
}
interface SQSEvent { Records: SQSRecord[] }
/** Return it to report partial batch failures (ReportBatchItemFailures). */
interface SQSBatchResponse { batchItemFailures: Array<{ itemIdentifier: string }> }

interface SNSMessage {
  SignatureVersion: string; Timestamp: string; Signature: string; SigningCertUrl: string; MessageId: string;
  Message: string; MessageAttributes: Record<string, { Type: string; Value: string }>;
  Type: string; UnsubscribeUrl: string; TopicArn: string; Subject: string | null;
}
interface SNSEventRecord { EventVersion: string; EventSubscriptionArn: string; EventSource: string; Sns: SNSMessage }
interface SNSEvent { Records: SNSEventRecord[] }

interface EventBridgeEvent<TDetailType extends string, TDetail> {
  version: string;
  id: string;
  'detail-type': TDetailType;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: TDetail;
}
type ScheduledEvent<TDetail = any> = EventBridgeEvent<'Scheduled Event', TDetail>;

interface KinesisStreamRecord {
  awsRegion: string; eventID: string; eventName: string; eventSource: string; eventSourceARN: string;
  eventVersion: string; invokeIdentityArn: string;
  kinesis: { approximateArrivalTimestamp: number; data: string; kinesisSchemaVersion: string; partitionKey: string; sequenceNumber: string };
}
interface KinesisStreamEvent { Records: KinesisStreamRecord[] }
/** Return it to report partial batch failures (Kinesis, DynamoDB Streams). */
interface StreamsBatchResponse { batchItemFailures: Array<{ itemIdentifier: string }> }

interface AttributeValue {
  B?: string; BS?: string[]; BOOL?: boolean; L?: AttributeValue[]; M?: Record<string, AttributeValue>;
  N?: string; NS?: string[]; NULL?: boolean; S?: string; SS?: string[];
}
interface DynamoDBRecord {
  awsRegion?: string; eventID?: string; eventName?: 'INSERT' | 'MODIFY' | 'REMOVE'; eventSource?: string;
  eventSourceARN?: string; eventVersion?: string;
  dynamodb?: {
    ApproximateCreationDateTime?: number; Keys?: Record<string, AttributeValue>; NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>; SequenceNumber?: string; SizeBytes?: number;
    StreamViewType?: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  };
}
interface DynamoDBStreamEvent { Records: DynamoDBRecord[] }

interface S3EventRecord {
  eventVersion: string; eventSource: string; awsRegion: string; eventTime: string; eventName: string;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
  s3: {
    s3SchemaVersion: string; configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size: number; eTag: string; versionId?: string; sequencer: string };
  };
}
interface S3Event { Records: S3EventRecord[] }

/** Node.js globals the Lambda runtime has (the browser's are declared by the DOM library). */
declare var process: { env: Record<string, string | undefined> };
interface Buffer extends Uint8Array {
  toString(encoding?: 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1'): string;
}
declare var Buffer: {
  from(data: string, encoding?: 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1'): Buffer;
  from(data: ArrayLike<number> | ArrayBuffer): Buffer;
  alloc(size: number, fill?: number): Buffer;
  concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
  byteLength(text: string, encoding?: string): number;
  isBuffer(value: unknown): value is Buffer;
};
`;
