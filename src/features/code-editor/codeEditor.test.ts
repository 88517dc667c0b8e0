import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { createNode, type Edge, type FlowNode } from '../../model';
import { EVENT_DTS } from './eventDts';
import { addHandlerType, handlerDts } from './handlerDts';
import { readReport } from './report';
import { buildSampleEvent, SAMPLE_EVENTS, samplesFor } from './sampleEvents';
import { SDK_DTS } from './sdkDts';
import { firstFrame, splitFrames } from '../../lib/stackFrames';
import { eventTypeOf, inferTriggers } from './triggers';

const fn = createNode('function', 'fn', 'Worker', { x: 0, y: 0 });
const node = (kind: FlowNode['kind'], id: string) => createNode(kind, id, id, { x: 0, y: 0 });
const edge = (source: string, settings: Edge['settings'], target = 'fn'): Edge => ({
  id: `${source}-${target}`,
  source,
  target,
  settings,
});

describe('inferTriggers', () => {
  it('names the event of each connection that ends at the function', () => {
    const httpApi = {
      ...node('api', 'http'),
      settings: { ...node('api', 'http').settings, protocolType: 'HTTP' },
    } as FlowNode;
    const nodes = [
      fn,
      node('queue', 'q'),
      node('topic', 't'),
      node('bus', 'b'),
      node('stream', 's'),
      node('table', 'tb'),
      node('bucket', 'bk'),
      node('api', 'rest'),
      httpApi,
      node('schedule', 'sc'),
    ];
    const edges: Edge[] = [
      edge('q', { type: 'sqsMapping' } as Edge['settings']),
      edge('t', { type: 'subscription' } as Edge['settings']),
      edge('b', { type: 'invoke' }),
      edge('s', { type: 'streamMapping' } as Edge['settings']),
      edge('tb', { type: 'streamMapping' } as Edge['settings']),
      edge('bk', { type: 'notification' } as Edge['settings']),
      edge('rest', { type: 'integration' } as Edge['settings']),
      edge('http', { type: 'integration' } as Edge['settings']),
      edge('sc', { type: 'invoke' }),
      edge('fn', { type: 'invoke' }, 'q'),
    ];
    expect(inferTriggers('fn', nodes, edges)).toEqual([
      'apiRest',
      'apiHttp',
      'sqs',
      'sns',
      'eventbridge',
      'schedule',
      'kinesis',
      'dynamodb',
      's3',
    ]);
  });

  it('a producer invoking the function directly makes the event any', () => {
    const nodes = [fn, node('client', 'c'), node('queue', 'q')];
    const triggers = inferTriggers('fn', nodes, [
      edge('c', { type: 'invoke' }),
      edge('q', { type: 'sqsMapping' } as Edge['settings']),
    ]);
    expect(triggers).toEqual(['sqs', 'direct']);
    expect(eventTypeOf(triggers)).toBe('any');
    expect(eventTypeOf(['sqs', 'sns'])).toBe('SQSEvent | SNSEvent');
    expect(eventTypeOf([])).toBe('any');
  });
});

/** Type-checks a handler module against the editor's typings with the real TypeScript checker. */
function check(code: string, dts: string): string[] {
  const files: Record<string, string> = {
    '/index.js': code,
    '/events.d.ts': EVENT_DTS,
    '/sdk.d.ts': SDK_DTS,
    '/handler.d.ts': dts,
  };
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang) =>
    name in files ? ts.createSourceFile(name, files[name]!, lang) : read(name, lang);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// Each check builds a TypeScript program with the DOM library: seconds, not milliseconds.
describe('handler typings', { timeout: 60_000 }, () => {
  it('type the event of an SQS-triggered handler and the SDK clients', () => {
    const code = addHandlerType(`import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async (event, context) => {
  for (const r of event.Records) {
    const out = await sqs.send(new SendMessageCommand({ QueueUrl: process.env.OUT, MessageBody: r.body }));
    console.log(out.MessageId, context.getRemainingTimeInMillis());
  }
  return { batchItemFailures: [] };
};
`);
    expect(check(code, handlerDts(['sqs']))).toEqual([]);
    const bad = code.replace('r.body', 'r.bodyy').replace('{ QueueUrl', '{ Queue');
    const errors = check(bad, handlerDts(['sqs']));
    expect(errors.some((e) => e.includes("'bodyy' does not exist on type 'SQSRecord'"))).toBe(true);
    expect(errors.some((e) => e.includes("'Queue' does not exist in type 'SendMessageInput'"))).toBe(true);
  });

  it('declares every SDK module the sandbox provides, with the document client', () => {
    const code = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export async function handler(event) {
  await doc.send(new PutCommand({ TableName: 'Orders', Item: { id: 1 } }));
  const q = await doc.send(new QueryCommand({ TableName: 'Orders', KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': 1 } }));
  await new SNSClient({}).send(new PublishCommand({ TopicArn: 'arn', Message: 'm' }));
  await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [{ Source: 'a', DetailType: 'b', Detail: '{}' }] }));
  const o = await new S3Client({}).send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
  await new KinesisClient({}).send(new PutRecordsCommand({ StreamName: 's', Records: [{ Data: new Uint8Array(1), PartitionKey: 'p' }] }));
  await new LambdaClient({}).send(new InvokeCommand({ FunctionName: 'f', InvocationType: 'Event' }));
  return { statusCode: 200, body: String(q.Count) + (await o.Body?.transformToString()) + event.rawPath };
}
`;
    expect(check(addHandlerType(code), handlerDts(['apiHttp']))).toEqual([]);
    expect(
      check(
        code.replace(
          "import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';",
          "import { Nope } from '@aws-sdk/client-lambda';",
        ),
        handlerDts([]),
      ).join('\n'),
    ).toContain("has no exported member 'Nope'");
  });

  it('adds the JSDoc type once, above a const or a function export', () => {
    const once = addHandlerType('export const handler = async () => 1;\n');
    expect(once).toBe('/** @type {Handler} */\nexport const handler = async () => 1;\n');
    expect(addHandlerType(once)).toBe(once);
    expect(addHandlerType('export async function main(event) {}\n', 'main')).toContain(
      ' * @param {HandlerEvent} event\n',
    );
    expect(addHandlerType('const x = 1;\n')).toBe('const x = 1;\n');
  });
});

describe('sample events', () => {
  it('every sample is JSON and the function’s own triggers come first', () => {
    for (const s of SAMPLE_EVENTS) expect(() => JSON.stringify(buildSampleEvent(s.id))).not.toThrow();
    expect(
      samplesFor(['sqs', 's3'])
        .slice(0, 2)
        .map((s) => s.id),
    ).toEqual(['sqs', 's3']);
    expect(samplesFor([])).toHaveLength(SAMPLE_EVENTS.length);
  });

  it('have the shapes AWS documents', () => {
    const sqs = buildSampleEvent('sqs', 'orders') as { Records: Array<Record<string, unknown>> };
    expect(sqs.Records[0]).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:orders',
      awsRegion: 'us-east-1',
    });
    expect(Object.keys(sqs.Records[0]!)).toEqual([
      'messageId',
      'receiptHandle',
      'body',
      'attributes',
      'messageAttributes',
      'md5OfBody',
      'eventSource',
      'eventSourceARN',
      'awsRegion',
    ]);
    const v2 = buildSampleEvent('apigateway-http') as Record<string, unknown>;
    expect(v2).toMatchObject({
      version: '2.0',
      routeKey: 'POST /orders',
      rawPath: '/orders',
      rawQueryString: 'source=web',
      isBase64Encoded: false,
    });
    const v1 = buildSampleEvent('apigateway-rest') as Record<string, unknown>;
    expect(v1).toMatchObject({
      httpMethod: 'POST',
      resource: '/orders',
      queryStringParameters: { source: 'web' },
    });
    const kinesis = buildSampleEvent('kinesis') as { Records: Array<{ kinesis: { data: string } }> };
    expect(JSON.parse(atob(kinesis.Records[0]!.kinesis.data))).toMatchObject({ orderId: 'o-1001' });
    expect(buildSampleEvent('schedule')).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      detail: {},
    });
    const s3 = buildSampleEvent('s3', 'Uploads') as {
      Records: Array<{ s3: { bucket: { name: string }; object: { key: string } } }>;
    };
    expect(s3.Records[0]!.s3).toMatchObject({
      bucket: { name: 'uploads' },
      object: { key: 'uploads/report+2026.csv' },
    });
    const ddb = buildSampleEvent('dynamodb') as {
      Records: Array<{ eventName: string; dynamodb: { NewImage: unknown } }>;
    };
    expect(ddb.Records[0]).toMatchObject({
      eventName: 'INSERT',
      dynamodb: { NewImage: { orderId: { S: 'o-1001' } } },
    });
    const sns = buildSampleEvent('sns') as { Records: Array<{ EventSource: string; Sns: { Type: string } }> };
    expect(sns.Records[0]).toMatchObject({ EventSource: 'aws:sns', Sns: { Type: 'Notification' } });
  });
});

describe('stack frames and REPORT lines', () => {
  it('split the frames of the handler file out of a stack', () => {
    const stack =
      'TypeError: bad input\n    at handler (file:///var/task/index.mjs:3:16)\n    at file:///var/task/index.mjs:10:2';
    const pieces = splitFrames(stack);
    expect(pieces.filter((p) => p.type === 'frame')).toEqual([
      { type: 'frame', text: 'file:///var/task/index.mjs:3:16', line: 3, column: 16 },
      { type: 'frame', text: 'file:///var/task/index.mjs:10:2', line: 10, column: 2 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(stack);
    expect(firstFrame(stack)).toEqual({ line: 3, column: 16 });
    expect(firstFrame('no frames')).toBeNull();
  });

  it('read the figures of a REPORT line', () => {
    const lines = [
      'START RequestId: r1 Version: $LATEST',
      'END RequestId: r1',
      'REPORT RequestId: r1\tDuration: 40.25 ms\tBilled Duration: 41 ms\tMemory Size: 128 MB\tMax Memory Used: 61 MB\tInit Duration: 152.10 ms',
    ];
    expect(readReport(lines)).toEqual({
      durationMs: 40.25,
      billedMs: 41,
      memoryMb: 128,
      maxMemoryMb: 61,
      initMs: 152.1,
    });
    expect(
      readReport(['REPORT RequestId: r1\tDuration: 2.00 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB'])
        ?.initMs,
    ).toBeNull();
    expect(readReport(['nothing'])).toBeNull();
  });
});
