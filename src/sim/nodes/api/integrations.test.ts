import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { nodeHarness } from '../table/harness';
import { runToCompletion } from '../../simulation';

describe('API Gateway service integrations', () => {
  it("sends the request body to a queue, topic or bus and answers with the service's answer; a stream answers as PutRecord does", () => {
    const flow = buildFlow({
      nodes: [
        { id: 'api', kind: 'api', settings: { protocolType: 'HTTP' } },
        { id: 'q', kind: 'queue', settings: {} },
        { id: 'bus', kind: 'bus', settings: {} },
        { id: 's', kind: 'stream', settings: {} },
        {
          id: 'partner',
          kind: 'external',
          settings: { latency: { type: 'constant', value: 40 }, errorRate: 1 },
        },
      ],
      edges: [
        { source: 'api', target: 'q', settings: { type: 'integration', routeKey: 'POST /queue' } },
        { source: 'api', target: 'bus', settings: { type: 'integration', routeKey: 'POST /bus' } },
        { source: 'api', target: 's', settings: { type: 'integration', routeKey: 'POST /stream' } },
        {
          source: 'api',
          target: 'partner',
          settings: { type: 'integration', routeKey: 'ANY /partner', timeoutInMillis: 1000 },
        },
      ],
      run: { durationSeconds: 60 },
    });
    const h = nodeHarness(flow);
    const post = (path: string, body = '{"id":"a1"}') =>
      h.call('api', null, { method: 'POST', path, headers: {}, body: { get: () => body } });
    const q = post('/queue');
    expect(q.status).toBe(200);
    expect(JSON.parse(q.body as string).MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = '{"Entries":[{"Source":"shop","DetailType":"Order","Detail":"{}"}]}';
    expect(JSON.parse(post('/bus', entry).body as string)).toMatchObject({ FailedEntryCount: 0 });
    // PutEvents answers 200 with per-entry errors: an entry without Source is counted as failed.
    const bad = post('/bus');
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body as string)).toMatchObject({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InvalidArgument' }],
    });
    const s = post('/stream');
    expect(s.status).toBe(200);
    expect(JSON.parse(s.body as string)).toMatchObject({ ShardId: 'shardId-000000000000' });
    const start = h.now();
    const p = post('/partner');
    expect(p.status).toBe(500);
    expect(h.now() - start).toBeCloseTo(40, 3);
  });
});

describe('API Gateway route warnings', () => {
  it('warns when a client calls a path no route takes', () => {
    const flow = buildFlow({
      nodes: [
        // `{proxy+}` needs at least one path segment, so the bare root matches no route.
        { id: 'c', kind: 'client', settings: { request: { method: 'POST', path: '/' } } },
        { id: 'api', kind: 'api', settings: {} },
        { id: 'fn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'c', target: 'api', settings: { type: 'invoke' } },
        { source: 'api', target: 'fn', settings: { type: 'integration' } },
      ],
      run: { durationSeconds: 1 },
    });
    const run = runToCompletion(flow);
    expect(run.summary.warnings).toContainEqual(
      expect.objectContaining({
        type: 'no-target',
        nodeId: 'c',
        message: expect.stringContaining('POST / matches no route'),
      }),
    );
  });
});
