import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { inlineRunner } from '../../runner';
import { runToCompletion } from '../../simulation';
import { encodeEventKey } from '../../events/s3';
import { nodeHarness } from '../table/harness';

type S3Record = {
  eventName: string;
  eventVersion: string;
  eventSource: string;
  s3: { bucket: { name: string; arn: string }; object: Record<string, unknown> };
} & Record<string, unknown>;

function bucketFlow(seen: Record<string, S3Record[]>) {
  const flow = buildFlow({
    nodes: [
      { id: 'uploads', kind: 'bucket', settings: { latency: { type: 'constant', value: 20 } } },
      { id: 'images', kind: 'function', settings: {} },
      { id: 'removed', kind: 'function', settings: {} },
      { id: 'everything', kind: 'function', settings: {} },
    ],
    edges: [
      {
        source: 'uploads',
        target: 'images',
        settings: { type: 'notification', events: ['s3:ObjectCreated:*'], prefix: 'images/', suffix: '.jpg' },
      },
      {
        source: 'uploads',
        target: 'removed',
        settings: { type: 'notification', events: ['s3:ObjectRemoved:*'] },
      },
      {
        source: 'uploads',
        target: 'everything',
        settings: { type: 'notification', events: ['s3:ObjectCreated:Put', 's3:ObjectRemoved:Delete'] },
      },
    ],
    run: { durationSeconds: 60 },
  });
  const rec = (id: string) => (event: unknown) => (
    (seen[id] ??= []).push(...(event as { Records: S3Record[] }).Records),
    { value: null }
  );
  return nodeHarness(
    flow,
    inlineRunner({ images: rec('images'), removed: rec('removed'), everything: rec('everything') }),
  );
}

describe('bucket', () => {
  it('notifies only the configurations whose event types, prefix and suffix match', () => {
    const seen: Record<string, S3Record[]> = {};
    const h = bucketFlow(seen);
    const put = (Key: string) =>
      h.call('uploads', { operation: 'PutObject', params: { Bucket: 'uploads', Key, Body: 'data' } });
    put('images/cat.jpg');
    put('images/cat.png');
    put('docs/cat.jpg');
    h.call('uploads', {
      operation: 'CopyObject',
      params: { CopySource: 'uploads/images/cat.jpg', Key: 'images/copy.jpg' },
    });
    h.call('uploads', { operation: 'DeleteObject', params: { Key: 'docs/cat.jpg' } });
    h.call('uploads', { operation: 'DeleteObject', params: { Key: 'never/was.txt' } });
    h.wait(5000);
    expect(seen.images!.map((r) => [r.eventName, r.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'images/cat.jpg'],
      ['ObjectCreated:Copy', 'images/copy.jpg'],
    ]);
    expect(seen.removed!.map((r) => r.s3.object.key)).toEqual(['docs/cat.jpg']);
    expect(seen.everything!.map((r) => r.eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectCreated:Put',
      'ObjectCreated:Put',
      'ObjectRemoved:Delete',
    ]);
    // Removal events carry no size or eTag.
    expect(Object.keys(seen.removed![0]!.s3.object).sort()).toEqual(['key', 'sequencer']);
  });

  it('shapes notifications like the documented S3 sample event', () => {
    const seen: Record<string, S3Record[]> = {};
    const h = bucketFlow(seen);
    h.call('uploads', { operation: 'PutObject', params: { Key: 'images/my cat.jpg', Body: 'hello' } });
    h.wait(1000);
    const rec = seen.images![0]!;
    // Keys of the sample in the Amazon S3 User Guide (event message structure, version 2.1).
    expect(Object.keys(rec).sort()).toEqual(
      [
        'awsRegion',
        'eventName',
        'eventSource',
        'eventTime',
        'eventVersion',
        'requestParameters',
        'responseElements',
        's3',
        'userIdentity',
      ].sort(),
    );
    expect(rec).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventName: 'ObjectCreated:Put',
    });
    expect(Object.keys(rec.s3).sort()).toEqual(['bucket', 'configurationId', 'object', 's3SchemaVersion']);
    expect(rec.s3.bucket).toMatchObject({ name: 'uploads', arn: 'arn:aws:s3:::uploads' });
    expect(rec.s3.object).toMatchObject({
      key: 'images/my+cat.jpg',
      size: 5,
      eTag: '5d41402abc4b2a76b9719d911017c592',
    });
    expect(rec.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/);
    expect(Object.keys(rec.responseElements as object).sort()).toEqual(['x-amz-id-2', 'x-amz-request-id']);
    expect(rec.eventTime).toBe('2026-01-01T00:00:00.000Z');
  });

  it('gets, heads, lists and deletes objects with S3 statuses', () => {
    const h = bucketFlow({});
    for (const k of ['a/1.txt', 'a/2.txt', 'b/x/1.txt', 'c.txt'])
      h.call('uploads', { operation: 'PutObject', params: { Key: k, Body: k } });
    expect(h.call('uploads', { operation: 'GetObject', params: { Key: 'c.txt' } }).body).toMatchObject({
      Body: 'c.txt',
      ContentLength: 5,
      ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
    });
    expect(h.call('uploads', { operation: 'GetObject', params: { Key: 'zz' } })).toMatchObject({
      status: 404,
      body: { Code: 'NoSuchKey' },
    });
    expect(h.call('uploads', { operation: 'HeadObject', params: { Key: 'zz' } }).status).toBe(404);
    const list = h.call('uploads', { operation: 'ListObjectsV2', params: { Delimiter: '/' } }).body as Record<
      string,
      unknown
    >;
    expect(list).toMatchObject({
      KeyCount: 3,
      IsTruncated: false,
      CommonPrefixes: [{ Prefix: 'a/' }, { Prefix: 'b/' }],
    });
    expect((list.Contents as Array<{ Key: string }>).map((c) => c.Key)).toEqual(['c.txt']);
    const page1 = h.call('uploads', { operation: 'ListObjectsV2', params: { MaxKeys: 2 } }).body as {
      Contents: Array<{ Key: string }>;
      NextContinuationToken: string;
      IsTruncated: boolean;
    };
    expect(page1.Contents.map((c) => c.Key)).toEqual(['a/1.txt', 'a/2.txt']);
    expect(page1.IsTruncated).toBe(true);
    const page2 = h.call('uploads', {
      operation: 'ListObjectsV2',
      params: { MaxKeys: 2, ContinuationToken: page1.NextContinuationToken },
    }).body as { Contents: Array<{ Key: string }> };
    expect(page2.Contents.map((c) => c.Key)).toEqual(['b/x/1.txt', 'c.txt']);
    expect(h.call('uploads', { operation: 'DeleteObject', params: { Key: 'c.txt' } }).status).toBe(204);
    expect(h.call('uploads', { operation: 'GetObject', params: { Key: 'c.txt' } }).status).toBe(404);
  });

  it("stores a producer's message under its key field and shows the objects after the run", () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [
              { label: 'a', atSeconds: 1, payload: '{"key":"in/a.json","v":1}' },
              { label: 'b', atSeconds: 2, payload: '{"v":2}' },
            ],
          },
        },
        { id: 'uploads', kind: 'bucket', settings: {} },
        { id: 'q', kind: 'queue', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'uploads', settings: { type: 'invoke' } },
        { source: 'uploads', target: 'q', settings: { type: 'notification', prefix: 'in/' } },
      ],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(flow);
    const view = run.stores.uploads!;
    expect(view.type).toBe('bucket');
    if (view.type !== 'bucket') return;
    expect(view.objectCount).toBe(2);
    expect(view.objects[0]).toMatchObject({
      key: 'in/a.json',
      body: '{"key":"in/a.json","v":1}',
      contentType: 'application/json',
    });
    expect(view.objects[1]!.key).toMatch(/^objects\/[0-9a-f-]{36}\.json$/);
    expect(run.summary.nodes.find((n) => n.nodeId === 'uploads')!.counters.notifications).toBe(1);
  });

  it('lists keys in UTF-8 byte order, not UTF-16 order, in answers, pages and the store view', () => {
    const h = bucketFlow({});
    // U+FF5E is EF BD 9E in UTF-8, U+1F600 is F0 9F 98 80: in UTF-16 the surrogate D83D sorts first.
    const keys = ['\uD83D\uDE00', '\uFF5E', 'a', 'd/\uD83D\uDE00', 'd/\uFF5E', 'e'];
    for (const k of [...keys].reverse())
      h.call('uploads', { operation: 'PutObject', params: { Key: k, Body: 'x' } });
    const list = (params: Record<string, unknown>) =>
      h.call('uploads', { operation: 'ListObjectsV2', params }).body as {
        Contents?: Array<{ Key: string }>;
        CommonPrefixes?: Array<{ Prefix: string }>;
        NextContinuationToken?: string;
      };
    expect(list({}).Contents!.map((c) => c.Key)).toEqual([
      'a',
      'd/\uFF5E',
      'd/\uD83D\uDE00',
      'e',
      '\uFF5E',
      '\uD83D\uDE00',
    ]);
    expect(list({ StartAfter: '\uFF5E' }).Contents!.map((c) => c.Key)).toEqual(['\uD83D\uDE00']);
    // A page that ends on a common prefix continues after every key under it.
    const p1 = list({ Delimiter: '/', MaxKeys: 2 });
    expect(p1.CommonPrefixes).toEqual([{ Prefix: 'd/' }]);
    const p2 = list({ Delimiter: '/', MaxKeys: 10, ContinuationToken: p1.NextContinuationToken });
    expect(p2.Contents!.map((c) => c.Key)).toEqual(['e', '\uFF5E', '\uD83D\uDE00']);
    expect(p2.CommonPrefixes).toBeUndefined();
    const view = h.engine.behaviours[h.engine.indexOf('uploads')!]!.inspect!();
    expect(view.type === 'bucket' && view.objects.map((o) => o.key)).toEqual([
      'a',
      'd/\uFF5E',
      'd/\uD83D\uDE00',
      'e',
      '\uFF5E',
      '\uD83D\uDE00',
    ]);
  });

  it('URL-encodes keys in events as S3 does', () => {
    expect(encodeEventKey('a b/c+d=e.txt')).toBe('a+b/c%2Bd%3De.txt');
  });
});
