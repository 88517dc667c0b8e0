// Module declarations for the AWS SDK v3 clients a handler may import (the sandbox resolves
// them to shims acting on the simulated resources). The subset of the real API we model:
// a client, its commands and their input/output shapes, so completion and hover work.

const COMMON = `
  export interface ClientConfig { region?: string; endpoint?: string; maxAttempts?: number; credentials?: unknown }
  export interface MetadataBearer { $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number } }
  /** A command: pass it to \`client.send(...)\`. */
  export class Command<Input, Output> { constructor(input: Input); readonly input: Input; protected readonly __output?: Output }
`;

function client(name: string): string {
  return `  export class ${name} {
    constructor(config?: ClientConfig);
    send<I, O>(command: Command<I, O>): Promise<O & MetadataBearer>;
    destroy(): void;
  }`;
}

function command(name: string, input: string, output: string): string {
  return `  export interface ${name}Input ${input}
  export interface ${name}Output ${output}
  export class ${name}Command extends Command<${name}Input, ${name}Output> {}`;
}

function mod(name: string, clientName: string | null, body: string[], extra = ''): string {
  const c = clientName ? `\n${client(clientName)}` : '';
  return `declare module '${name}' {${COMMON}${extra}${c}\n${body.join('\n')}\n}\n`;
}

const ATTR = `
  export type AttributeValue =
    | { S: string } | { N: string } | { B: Uint8Array } | { BOOL: boolean } | { NULL: true }
    | { SS: string[] } | { NS: string[] } | { BS: Uint8Array[] }
    | { L: AttributeValue[] } | { M: Record<string, AttributeValue> };
`;

function writeInput(v: string, fields: string): string {
  return `{
    TableName: string; ${fields}
    ConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, ${v}>;
    ReturnValues?: 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';
  }`;
}

/** DynamoDB's item commands; `doc` gives the document client's names and plain values. */
function dynamoCommands(doc: boolean): string[] {
  const v = doc ? 'any' : 'AttributeValue';
  const kv = `Record<string, ${v}>`;
  const name = (low: string) => (doc ? low : `${low}Item`);
  return [
    command(name('Put'), writeInput(v, `Item: ${kv};`), `{ Attributes?: ${kv} }`),
    command(
      name('Get'),
      `{ TableName: string; Key: ${kv}; ConsistentRead?: boolean; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> }`,
      `{ Item?: ${kv} }`,
    ),
    command(name('Update'), writeInput(v, `Key: ${kv}; UpdateExpression: string;`), `{ Attributes?: ${kv} }`),
    command(name('Delete'), writeInput(v, `Key: ${kv};`), `{ Attributes?: ${kv} }`),
    command(
      'Query',
      `{ TableName: string; IndexName?: string; KeyConditionExpression: string; FilterExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: ${kv}; Limit?: number; ScanIndexForward?: boolean; ExclusiveStartKey?: ${kv} }`,
      `{ Items?: Array<${kv}>; Count?: number; ScannedCount?: number; LastEvaluatedKey?: ${kv} }`,
    ),
  ];
}

/** The d.ts text declaring every SDK module the sandbox provides. */
export const SDK_DTS = [
  mod('@aws-sdk/client-sqs', 'SQSClient', [
    command(
      'SendMessage',
      `{ QueueUrl: string; MessageBody: string; DelaySeconds?: number; MessageAttributes?: Record<string, { DataType: 'String' | 'Number' | 'Binary' | string; StringValue?: string; BinaryValue?: Uint8Array }>; MessageGroupId?: string; MessageDeduplicationId?: string }`,
      `{ MessageId?: string; MD5OfMessageBody?: string; SequenceNumber?: string }`,
    ),
    command(
      'SendMessageBatch',
      `{ QueueUrl: string; Entries: Array<{ Id: string; MessageBody: string; DelaySeconds?: number; MessageAttributes?: Record<string, { DataType: string; StringValue?: string }>; MessageGroupId?: string; MessageDeduplicationId?: string }> }`,
      `{ Successful: Array<{ Id: string; MessageId: string; MD5OfMessageBody: string }>; Failed: Array<{ Id: string; SenderFault: boolean; Code: string; Message?: string }> }`,
    ),
  ]),
  mod('@aws-sdk/client-sns', 'SNSClient', [
    command(
      'Publish',
      `{ TopicArn?: string; TargetArn?: string; Message: string; Subject?: string; MessageAttributes?: Record<string, { DataType: 'String' | 'String.Array' | 'Number' | 'Binary' | string; StringValue?: string; BinaryValue?: Uint8Array }>; MessageGroupId?: string; MessageDeduplicationId?: string }`,
      `{ MessageId?: string; SequenceNumber?: string }`,
    ),
  ]),
  mod('@aws-sdk/client-eventbridge', 'EventBridgeClient', [
    command(
      'PutEvents',
      `{ Entries: Array<{ Source?: string; DetailType?: string; Detail?: string; EventBusName?: string; Resources?: string[]; Time?: Date }> }`,
      `{ FailedEntryCount?: number; Entries?: Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }> }`,
    ),
  ]),
  mod('@aws-sdk/client-dynamodb', 'DynamoDBClient', dynamoCommands(false), ATTR),
  mod(
    '@aws-sdk/lib-dynamodb',
    null,
    dynamoCommands(true),
    `
  /** The document client: plain JavaScript values instead of AttributeValue maps. */
  export class DynamoDBDocumentClient {
    static from(client: unknown, config?: { marshallOptions?: { removeUndefinedValues?: boolean; convertEmptyValues?: boolean } }): DynamoDBDocumentClient;
    send<I, O>(command: Command<I, O>): Promise<O & MetadataBearer>;
  }`,
  ),
  mod('@aws-sdk/client-s3', 'S3Client', [
    command(
      'PutObject',
      `{ Bucket: string; Key: string; Body?: string | Uint8Array; ContentType?: string; Metadata?: Record<string, string> }`,
      `{ ETag?: string; VersionId?: string }`,
    ),
    command(
      'GetObject',
      `{ Bucket: string; Key: string }`,
      `{ Body?: { transformToString(encoding?: string): Promise<string>; transformToByteArray(): Promise<Uint8Array> }; ContentType?: string; ContentLength?: number; ETag?: string; LastModified?: Date; Metadata?: Record<string, string> }`,
    ),
    command(
      'ListObjectsV2',
      `{ Bucket: string; Prefix?: string; MaxKeys?: number; ContinuationToken?: string; StartAfter?: string; Delimiter?: string }`,
      `{ Contents?: Array<{ Key?: string; Size?: number; ETag?: string; LastModified?: Date }>; KeyCount?: number; IsTruncated?: boolean; NextContinuationToken?: string; CommonPrefixes?: Array<{ Prefix?: string }> }`,
    ),
  ]),
  mod('@aws-sdk/client-kinesis', 'KinesisClient', [
    command(
      'PutRecord',
      `{ StreamName?: string; StreamARN?: string; Data: Uint8Array; PartitionKey: string; ExplicitHashKey?: string }`,
      `{ ShardId: string; SequenceNumber: string }`,
    ),
    command(
      'PutRecords',
      `{ StreamName?: string; StreamARN?: string; Records: Array<{ Data: Uint8Array; PartitionKey: string; ExplicitHashKey?: string }> }`,
      `{ FailedRecordCount?: number; Records: Array<{ ShardId?: string; SequenceNumber?: string; ErrorCode?: string; ErrorMessage?: string }> }`,
    ),
  ]),
  mod('@aws-sdk/client-lambda', 'LambdaClient', [
    command(
      'Invoke',
      `{ FunctionName: string; InvocationType?: 'RequestResponse' | 'Event' | 'DryRun'; Payload?: string | Uint8Array; Qualifier?: string }`,
      `{ StatusCode?: number; FunctionError?: string; Payload?: Uint8Array; ExecutedVersion?: string }`,
    ),
  ]),
].join('\n');
