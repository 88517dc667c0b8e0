import { describe, expect, it } from 'vitest';
import type { TableSettings } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import { inlineRunner } from '../../runner';
import { runToCompletion } from '../../simulation';
import { nodeHarness } from './harness';

function tableWithStream(settings: Partial<TableSettings>, seen: unknown[]) {
  const flow = buildFlow({
    nodes: [
      {
        id: 'orders',
        kind: 'table',
        settings: {
          partitionKey: { name: 'id', type: 'S' },
          latency: { type: 'constant', value: 5 },
          ...settings,
        },
      },
      { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
    ],
    edges: [{ source: 'orders', target: 'fn', settings: { type: 'streamMapping', batchSize: 10 } }],
    run: { durationSeconds: 60 },
  });
  return nodeHarness(
    flow,
    inlineRunner({
      fn: (event) => (seen.push(...(event as { Records: unknown[] }).Records), { value: null }),
    }),
  );
}

type StreamRec = { eventName: string; eventSource: string; dynamodb: Record<string, unknown> };

describe('table requests', () => {
  it('answers after the latency model, with DynamoDB JSON or documents as asked', () => {
    const h = tableWithStream({}, []);
    const put = h.call('orders', {
      operation: 'PutItem',
      params: { TableName: 'orders', Item: { id: { S: 'o1' }, total: { N: '12.5' } } },
    });
    expect(put).toMatchObject({ status: 200, body: {} });
    expect(h.now()).toBeCloseTo(5, 3);
    expect(h.call('orders', { operation: 'GetItem', params: { Key: { id: { S: 'o1' } } } }).body).toEqual({
      Item: { id: { S: 'o1' }, total: { N: '12.5' } },
    });
    expect(
      h.call('orders', { operation: 'GetItem', params: { Key: { id: 'o1' } }, document: true }).body,
    ).toEqual({ Item: { id: 'o1', total: 12.5 } });
    const failed = h.call('orders', {
      operation: 'PutItem',
      params: { Item: { id: 'o1' }, ConditionExpression: 'attribute_not_exists(id)' },
      document: true,
    });
    expect(failed.status).toBe(400);
    expect(failed.error!.type).toBe('ConditionalCheckFailedException');
    expect(failed.body).toEqual({
      __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
      message: 'The conditional request failed',
    });
    expect(h.call('orders', { operation: 'Nope', params: {} }).status).toBe(400);
  });

  it('takes a producer body as a PutItem and shows the items after the run', () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [
              { label: 'a', atSeconds: 1, payload: '{"id":"a","n":1}' },
              { label: 'b', atSeconds: 2, payload: '{"id":"b","tags":["x"]}' },
            ],
          },
        },
        { id: 'orders', kind: 'table', settings: { partitionKey: { name: 'id', type: 'S' } } },
      ],
      edges: [{ source: 'src', target: 'orders', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(flow);
    expect(run.stores.orders).toEqual({
      type: 'table',
      partitionKey: 'id',
      sortKey: null,
      itemCount: 2,
      truncated: false,
      items: [
        { id: { S: 'a' }, n: { N: '1' } },
        { id: { S: 'b' }, tags: { L: [{ S: 'x' }] } },
      ],
    });
    expect(run.summary.nodes.find((n) => n.nodeId === 'orders')!.counters.writes).toBe(2);
  });
});

describe('write counting', () => {
  it('counts a put that changes nothing as a write (DynamoDB performs and bills it), without a stream record', () => {
    const same = '{"id":"a","n":1}';
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [
              { label: 'first', atSeconds: 1, payload: same },
              { label: 'again', atSeconds: 2, payload: same },
            ],
          },
        },
        { id: 'orders', kind: 'table', settings: { partitionKey: { name: 'id', type: 'S' } } },
      ],
      edges: [{ source: 'src', target: 'orders', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(flow);
    expect(run.summary.nodes.find((n) => n.nodeId === 'orders')!.counters.writes).toBe(2);
    expect(run.stores.orders).toMatchObject({ type: 'table', itemCount: 1 });
  });
});

describe('DynamoDB Streams', () => {
  const writeReadDelete = (viewType: TableSettings['streamViewType']) => {
    const seen: unknown[] = [];
    const h = tableWithStream({ streamViewType: viewType }, seen);
    h.call('orders', { operation: 'PutItem', params: { Item: { id: 'o1', state: 'new' } }, document: true });
    h.call('orders', {
      operation: 'UpdateItem',
      params: {
        Key: { id: 'o1' },
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':s': 'paid' },
      },
      document: true,
    });
    h.call('orders', { operation: 'PutItem', params: { Item: { id: 'o1', state: 'paid' } }, document: true }); // no change: no record
    h.call('orders', { operation: 'DeleteItem', params: { Key: { id: 'o1' } }, document: true });
    h.wait(5000);
    return seen as StreamRec[];
  };

  it('sends INSERT, MODIFY and REMOVE records with the images of each view type', () => {
    const keys = { id: { S: 'o1' } };
    const v1 = { id: { S: 'o1' }, state: { S: 'new' } };
    const v2 = { id: { S: 'o1' }, state: { S: 'paid' } };
    const images = (recs: StreamRec[]) =>
      recs.map((r) => [r.eventName, r.dynamodb.Keys, r.dynamodb.OldImage, r.dynamodb.NewImage]);
    expect(images(writeReadDelete('KEYS_ONLY'))).toEqual([
      ['INSERT', keys, undefined, undefined],
      ['MODIFY', keys, undefined, undefined],
      ['REMOVE', keys, undefined, undefined],
    ]);
    expect(images(writeReadDelete('NEW_IMAGE'))).toEqual([
      ['INSERT', keys, undefined, v1],
      ['MODIFY', keys, undefined, v2],
      ['REMOVE', keys, undefined, undefined],
    ]);
    expect(images(writeReadDelete('OLD_IMAGE'))).toEqual([
      ['INSERT', keys, undefined, undefined],
      ['MODIFY', keys, v1, undefined],
      ['REMOVE', keys, v2, undefined],
    ]);
    expect(images(writeReadDelete('NEW_AND_OLD_IMAGES'))).toEqual([
      ['INSERT', keys, undefined, v1],
      ['MODIFY', keys, v1, v2],
      ['REMOVE', keys, v2, undefined],
    ]);
  });

  it('numbers records in increasing order and shapes them like the documented sample', () => {
    const recs = writeReadDelete('NEW_AND_OLD_IMAGES');
    const seqs = recs.map((r) => r.dynamodb.SequenceNumber as string);
    expect([...seqs].sort()).toEqual(seqs);
    expect(new Set(seqs).size).toBe(3);
    // The Lambda Developer Guide's sample record, with the fields newer records carry (eventVersion 1.1, ApproximateCreationDateTime).
    const sample = {
      eventID: '1',
      eventVersion: '1.1',
      dynamodb: {
        ApproximateCreationDateTime: 1,
        Keys: {},
        NewImage: {},
        StreamViewType: 'NEW_AND_OLD_IMAGES',
        SequenceNumber: '111',
        SizeBytes: 26,
      },
      awsRegion: 'us-west-2',
      eventName: 'INSERT',
      eventSourceARN: 'arn',
      eventSource: 'aws:dynamodb',
    };
    expect(Object.keys(recs[0]!).sort()).toEqual(Object.keys(sample).sort());
    expect(Object.keys(recs[0]!.dynamodb).sort()).toEqual(Object.keys(sample.dynamodb).sort());
    expect(recs[0]!.eventSource).toBe('aws:dynamodb');
    expect((recs[0] as unknown as { eventSourceARN: string }).eventSourceARN).toMatch(
      /^arn:aws:dynamodb:us-east-1:123456789012:table\/orders\/stream\/\d{4}-\d{2}-\d{2}T/,
    );
    expect(recs[0]!.dynamodb.ApproximateCreationDateTime).toBe(1_767_225_600);
  });
});
