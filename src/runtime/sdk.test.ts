import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import { buildFlow } from '../sim/flowBuilder';
import type { RunResult, TraceRecord } from '../sim';
import { runSimulation } from './driver';
import type { HandlerPool } from './pool';

type Spec = Parameters<typeof buildFlow>[0];
type Invoke = Extract<TraceRecord, { type: 'function.invoke' }>;

let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 2, wallCapMs: 4000 });
});
afterAll(() => pool.close());

/** A flow where a source fires one event at 1 s into function `f`, which runs `code`. */
function flowWith(
  code: string,
  nodes: Spec['nodes'],
  edges: Spec['edges'],
  env: Record<string, string> = {},
) {
  return buildFlow({
    nodes: [
      {
        id: 'src',
        kind: 'source',
        settings: { events: [{ label: 'go', atSeconds: 1, payload: '{"n":1}' }] },
      },
      {
        id: 'f',
        kind: 'function',
        settings: { code, environment: env, duration: { type: 'constant', value: 10 }, timeout: 10 },
      },
      ...nodes,
    ],
    edges: [{ source: 'src', target: 'f', settings: { type: 'invoke' } }, ...(edges ?? [])],
    run: { durationSeconds: 30, seed: 5 },
  });
}

const invokes = (r: RunResult, nodeId: string) =>
  r.spans.filter((s): s is Invoke => s.type === 'function.invoke' && s.nodeId === nodeId);
const logsOf = (r: RunResult, nodeId: string) =>
  invokes(r, nodeId)
    .flatMap((s) => s.logs)
    .join('\n');
const LOGGER = `export const handler = async (event) => { console.log('got', JSON.stringify(event)); return 'seen'; };`;

describe('SDK shims against simulated resources', () => {
  it('puts and gets an item (lib-dynamodb and the low-level client), and the table latency adds virtual time', async () => {
    const code = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
const low = new DynamoDBClient({});
const db = DynamoDBDocumentClient.from(low);
export const handler = async () => {
  const t0 = Date.now();
  await db.send(new PutCommand({ TableName: process.env.TABLE, Item: { id: 'a', n: 3, tags: ['x'] } }));
  const { Item } = await db.send(new GetCommand({ TableName: process.env.TABLE, Key: { id: 'a' } }));
  const raw = await low.send(new GetItemCommand({ TableName: 'arn:aws:dynamodb:us-east-1:123456789012:table/items', Key: { id: { S: 'a' } } }));
  console.log('item', JSON.stringify(Item), JSON.stringify(raw.Item), raw.$metadata.httpStatusCode, Date.now() - t0);
  return Item;
};`;
    const r = await runSimulation(
      flowWith(
        code,
        [
          {
            id: 'items',
            kind: 'table',
            settings: { partitionKey: { name: 'id', type: 'S' }, latency: { type: 'constant', value: 7 } },
          },
        ],
        [{ source: 'f', target: 'items', settings: { type: 'invoke' } }],
        { TABLE: 'items' },
      ),
      {},
      pool,
    );
    const [span] = invokes(r, 'f');
    expect(span!.error).toBeNull();
    expect(span!.logs.join('\n')).toContain(
      'item {"id":"a","n":3,"tags":["x"]} {"id":{"S":"a"},"n":{"N":"3"},"tags":{"L":[{"S":"x"}]}} 200 21',
    );
    expect(span!.sdkCalls.map((c) => [c.service, c.operation, c.targetNodeId, c.status, c.ms])).toEqual([
      ['dynamodb', 'PutItem', 'items', 'ok', 7],
      ['dynamodb', 'GetItem', 'items', 'ok', 7],
      ['dynamodb', 'GetItem', 'items', 'ok', 7],
    ]);
    // 10 ms declared + three calls of 7 ms.
    expect(span!.durationMs).toBe(31);
    expect(r.stores.items).toEqual({
      type: 'table',
      partitionKey: 'id',
      sortKey: null,
      itemCount: 1,
      truncated: false,
      items: [{ id: { S: 'a' }, n: { N: '3' }, tags: { L: [{ S: 'x' }] } }],
    });
    // The table's spans hang below the function's span.
    const tableSpans = r.spans.filter((s) => s.nodeId === 'items');
    expect(tableSpans.length).toBe(3);
    expect(tableSpans.every((s) => s.parentSpanId === span!.spanId)).toBe(true);
  });

  it('sends to a queue (one and a batch) and the queue consumer receives the messages', async () => {
    const code = `import { SQSClient, SendMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => {
  const one = await sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: 'first' }));
  const batch = await sqs.send(new SendMessageBatchCommand({ QueueUrl: 'jobs', Entries: [{ Id: 'a', MessageBody: 'second' }, { Id: 'b', MessageBody: 'third' }] }));
  return { id: typeof one.MessageId, ok: batch.Successful.map((s) => s.Id), failed: batch.Failed.length };
};`;
    const r = await runSimulation(
      flowWith(
        code,
        [
          { id: 'jobs', kind: 'queue', settings: {} },
          { id: 'worker', kind: 'function', settings: { code: LOGGER } },
        ],
        [
          { source: 'f', target: 'jobs', settings: { type: 'invoke' } },
          { source: 'jobs', target: 'worker', settings: { type: 'sqsMapping' } },
        ],
      ),
      {},
      pool,
    );
    expect(invokes(r, 'f')[0]!.status).toBe('ok');
    const logs = logsOf(r, 'worker');
    for (const body of ['first', 'second', 'third']) expect(logs).toContain(`"body":"${body}"`);
  });

  it('puts events that a rule routes, and publishes to a topic that fans out', async () => {
    const code = `import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
export const handler = async () => {
  const put = await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [
    { EventBusName: 'orders', Source: 'shop', DetailType: 'OrderPlaced', Detail: JSON.stringify({ total: 700 }) },
    { EventBusName: 'orders', Source: 'other', DetailType: 'Ignored', Detail: '{}' },
  ] }));
  await new SNSClient({}).send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:news', Message: 'hello subscribers' }));
  return put.FailedEntryCount;
};`;
    const r = await runSimulation(
      flowWith(
        code,
        [
          {
            id: 'orders',
            kind: 'bus',
            settings: {
              rules: [{ name: 'shop', eventPattern: { source: ['shop'] }, targets: [{ nodeId: 'onOrder' }] }],
            },
          },
          { id: 'onOrder', kind: 'function', settings: { code: LOGGER } },
          { id: 'news', kind: 'topic', settings: {} },
          { id: 'subA', kind: 'function', settings: { code: LOGGER } },
          { id: 'subB', kind: 'function', settings: { code: LOGGER } },
        ],
        [
          { source: 'f', target: 'orders', settings: { type: 'invoke' } },
          { source: 'orders', target: 'onOrder', settings: { type: 'invoke' } },
          { source: 'f', target: 'news', settings: { type: 'invoke' } },
          { source: 'news', target: 'subA', settings: { type: 'subscription' } },
          { source: 'news', target: 'subB', settings: { type: 'subscription' } },
        ],
      ),
      {},
      pool,
    );
    expect(invokes(r, 'onOrder')).toHaveLength(1);
    expect(logsOf(r, 'onOrder')).toContain('"detail-type":"OrderPlaced"');
    expect(logsOf(r, 'subA')).toContain('hello subscribers');
    expect(logsOf(r, 'subB')).toContain('hello subscribers');
  });

  it('keeps the order of records put with one partition key, bytes or text', async () => {
    const code = `import { KinesisClient, PutRecordCommand, PutRecordsCommand } from '@aws-sdk/client-kinesis';
const k = new KinesisClient({});
export const handler = async () => {
  await k.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'u1', Data: new TextEncoder().encode('r1') }));
  await k.send(new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'u1', Data: Buffer.from('r2') }));
  await k.send(new PutRecordsCommand({ StreamName: 'clicks', Records: [{ PartitionKey: 'u1', Data: 'r3' }, { PartitionKey: 'u1', Data: 'r4' }] }));
};`;
    const reader = `export const handler = async (event) => { console.log(event.Records.map((r) => Buffer.from(r.kinesis.data, 'base64').toString()).join(',')); };`;
    const r = await runSimulation(
      flowWith(
        code,
        [
          { id: 'clicks', kind: 'stream', settings: {} },
          { id: 'reader', kind: 'function', settings: { code: reader } },
        ],
        [
          { source: 'f', target: 'clicks', settings: { type: 'invoke' } },
          {
            source: 'clicks',
            target: 'reader',
            settings: { type: 'streamMapping', startingPosition: 'TRIM_HORIZON' },
          },
        ],
      ),
      {},
      pool,
    );
    expect(invokes(r, 'f')[0]!.status).toBe('ok');
    const seen = logsOf(r, 'reader')
      .split('\n')
      .filter((l) => l.includes('\tINFO\t'))
      .map((l) => l.split('\t').pop())
      .join(',');
    expect(seen).toBe('r1,r2,r3,r4');
  });

  it('puts an object that triggers a notification, reads it back, lists and deletes', async () => {
    const code = `import { S3Client, PutObjectCommand, GetObjectCommand, ListObjectsV2Command, DeleteObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'in/a.txt', Body: 'hello s3' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'in/a.txt' }));
  const text = await got.Body.transformToString();
  const list = await s3.send(new ListObjectsV2Command({ Bucket: 'uploads', Prefix: 'in/' }));
  await s3.send(new DeleteObjectCommand({ Bucket: 'uploads', Key: 'in/a.txt' }));
  let missing = '';
  try { await s3.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'in/a.txt' })); } catch (e) { missing = e.name + ' ' + e.$metadata.httpStatusCode + ' ' + e.$fault; }
  console.log('result', text, list.KeyCount, missing);
};`;
    const r = await runSimulation(
      flowWith(
        code,
        [
          { id: 'uploads', kind: 'bucket', settings: {} },
          { id: 'onUpload', kind: 'function', settings: { code: LOGGER } },
        ],
        [
          { source: 'f', target: 'uploads', settings: { type: 'invoke' } },
          {
            source: 'uploads',
            target: 'onUpload',
            settings: { type: 'notification', events: ['s3:ObjectCreated:*'] },
          },
        ],
      ),
      {},
      pool,
    );
    expect(logsOf(r, 'f')).toContain('result hello s3 1 NoSuchKey 404 client');
    expect(logsOf(r, 'onUpload')).toContain('"key":"in/a.txt"');
  });

  it('invokes another function synchronously and asynchronously', async () => {
    const code = `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async () => {
  const sync = await lambda.send(new InvokeCommand({ FunctionName: 'double', Payload: JSON.stringify({ x: 21 }) }));
  const async = await lambda.send(new InvokeCommand({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:double', InvocationType: 'Event', Payload: new TextEncoder().encode('{"x":1}') }));
  console.log('answers', sync.StatusCode, new TextDecoder().decode(sync.Payload), sync.Payload.transformToString(), async.StatusCode);
};`;
    const double = `export const handler = async (event) => { console.log('x', event.x); return { y: event.x * 2 }; };`;
    const r = await runSimulation(
      flowWith(
        code,
        [{ id: 'double', kind: 'function', settings: { code: double } }],
        [{ source: 'f', target: 'double', settings: { type: 'invoke' } }],
      ),
      {},
      pool,
    );
    expect(logsOf(r, 'f')).toContain('answers 200 {"y":42} {"y":42} 202');
    expect(
      invokes(r, 'double')
        .map((s) => s.invocationType)
        .sort(),
    ).toEqual(['Event', 'RequestResponse']);
    const [sync] = invokes(r, 'double').filter((s) => s.invocationType === 'RequestResponse');
    expect(sync!.parentSpanId).toBe(invokes(r, 'f')[0]!.spanId);
  });
});

describe('what the shims do not offer', () => {
  it('names the package and what it offers when code imports a command that is not simulated', async () => {
    const code = `import { SQSClient, ReceiveMessageCommand } from '@aws-sdk/client-sqs';\nexport const handler = async () => 1;`;
    const r = await runSimulation(flowWith(code, [], []), {}, pool);
    const [span] = invokes(r, 'f');
    expect(span!.status).toBe('crash');
    expect(span!.error).toMatchObject({
      type: 'Runtime.ImportModuleError',
      message:
        "Error: '@aws-sdk/client-sqs' has no export named 'ReceiveMessageCommand' in the simulation (it offers SQSClient, SendMessageCommand, SendMessageBatchCommand)",
    });
  });

  it('marshals document values as lib-dynamodb does: sets, updates, deletes, scans, undefined refused', async () => {
    const code = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand, DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => {
  await db.send(new PutCommand({ TableName: 't', Item: { pk: 'a', tags: new Set(['x', 'y']), n: 1 } }));
  await db.send(new PutCommand({ TableName: 't', Item: { pk: 'b', n: 2 } }));
  const up = await db.send(new UpdateCommand({ TableName: 't', Key: { pk: 'a' }, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'ALL_NEW' }));
  await db.send(new DeleteCommand({ TableName: 't', Key: { pk: 'b' } }));
  const scan = await db.send(new ScanCommand({ TableName: 't' }));
  let refused = '';
  try { await db.send(new PutCommand({ TableName: 't', Item: { pk: 'c', gone: undefined } })); } catch (e) { refused = e.message; }
  console.log('result', up.Attributes.n, up.Attributes.tags instanceof Set, [...up.Attributes.tags].join('+'), scan.Count, refused);
};`;
    const r = await runSimulation(
      flowWith(
        code,
        [{ id: 't', kind: 'table', settings: {} }],
        [{ source: 'f', target: 't', settings: { type: 'invoke' } }],
      ),
      {},
      pool,
    );
    expect(logsOf(r, 'f')).toContain(
      'result 2 true x+y 1 Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
    );
  });
});

describe('timeouts while a call is out', () => {
  it('ends the caller at its own timeout when the callee answers later', async () => {
    const code = `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
export const handler = async () => { await new LambdaClient({}).send(new InvokeCommand({ FunctionName: 'slow' })); return 'never'; };`;
    const flow = flowWith(
      code,
      [
        {
          id: 'slow',
          kind: 'function',
          settings: { duration: { type: 'constant', value: 20_000 }, timeout: 30 },
        },
      ],
      [{ source: 'f', target: 'slow', settings: { type: 'invoke' } }],
    );
    const r = await runSimulation(flow, {}, pool);
    const [caller] = invokes(r, 'f');
    expect(caller!.status).toBe('timeout');
    // Its timeout is 10 s: it ends then, not when `slow` answers 20 s after it started.
    expect(caller!.end - caller!.start).toBeCloseTo(caller!.initMs + 10_000, 6);
    expect(caller!.logs.join('\n')).toMatch(/Task timed out after 10\.00 seconds/);
    const [callee] = invokes(r, 'slow');
    expect(callee!.status).toBe('ok');
    expect(callee!.end).toBeGreaterThan(caller!.end);
  });
});

describe('least privilege', () => {
  it('refuses a resource the function is not connected to, worded like IAM, and shows it on the span', async () => {
    const code = `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
export const handler = async () => {
  try {
    await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'elsewhere', MessageBody: 'x' }));
  } catch (e) { console.log('denied', e.name, e.$metadata.httpStatusCode, e.message); throw e; }
};`;
    const r = await runSimulation(
      flowWith(code, [{ id: 'elsewhere', kind: 'queue', settings: {} }], []),
      {},
      pool,
    );
    const [span] = invokes(r, 'f');
    expect(span!.status).toBe('error');
    expect(span!.error!.type).toBe('AccessDeniedException');
    expect(span!.logs.join('\n')).toContain(
      'denied AccessDeniedException 403 User: arn:aws:sts::123456789012:assumed-role/f-role/f is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:123456789012:elsewhere because no identity-based policy allows the sqs:SendMessage action',
    );
    expect(span!.sdkCalls).toMatchObject([
      {
        service: 'sqs',
        operation: 'SendMessage',
        resource: 'elsewhere',
        status: 'denied',
        targetNodeId: null,
      },
    ]);
  });
});

describe('determinism with SDK calls', () => {
  it('gives identical summaries and spans for the same flow and seed', async () => {
    const code = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sqs = new SQSClient({});
export const handler = async (event) => {
  const id = crypto.randomUUID();
  await Promise.all([
    db.send(new PutCommand({ TableName: 'items', Item: { pk: 'p', sk: id, at: Date.now() } })),
    sqs.send(new SendMessageCommand({ QueueUrl: 'jobs', MessageBody: id })),
  ]);
  const { Count } = await db.send(new QueryCommand({ TableName: 'items', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'p' } }));
  return Count;
};`;
    const flow = buildFlow({
      nodes: [
        { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 40 } } },
        { id: 'f', kind: 'function', settings: { code, duration: { type: 'exponential', mean: 20 } } },
        {
          id: 'items',
          kind: 'table',
          settings: { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'S' } },
        },
        { id: 'jobs', kind: 'queue', settings: {} },
        { id: 'worker', kind: 'function', settings: { code: LOGGER } },
      ],
      edges: [
        { source: 'c', target: 'f', settings: { type: 'invoke' } },
        { source: 'f', target: 'items', settings: { type: 'invoke' } },
        { source: 'f', target: 'jobs', settings: { type: 'invoke' } },
        { source: 'jobs', target: 'worker', settings: { type: 'sqsMapping' } },
      ],
      run: { durationSeconds: 5, seed: 9 },
    });
    const a = await runSimulation(flow, {}, pool);
    const b = await runSimulation(flow, {}, pool);
    const fSummary = a.summary.nodes.find((n) => n.nodeId === 'f')!;
    expect(fSummary.counters.invocations).toBeGreaterThan(100);
    expect(fSummary.counters.errors ?? 0).toBe(0);
    expect(JSON.stringify(b.summary)).toBe(JSON.stringify(a.summary));
    expect(JSON.stringify(b.spans)).toBe(JSON.stringify(a.spans));
  });
});
