import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import { nodeHarness } from '../table/harness';
import { ACCOUNT_BURST, ACCOUNT_RATE } from './api';

describe('API Gateway service integrations pass the service answer through', () => {
  const flow = buildFlow({
    nodes: [
      { id: 'api', kind: 'api', settings: { protocolType: 'HTTP' } },
      { id: 'fifo', kind: 'queue', settings: { fifoQueue: true, contentBasedDeduplication: true } },
      { id: 'q', kind: 'queue', settings: { maximumMessageSize: 1024 } },
    ],
    edges: [
      { source: 'api', target: 'fifo', settings: { type: 'integration', routeKey: 'POST /fifo' } },
      { source: 'api', target: 'q', settings: { type: 'integration', routeKey: 'POST /q' } },
    ],
    run: { durationSeconds: 60 },
  });
  const post = (h: ReturnType<typeof nodeHarness>, path: string, body: string) =>
    h.call('api', null, { method: 'POST', path, headers: {}, body: { get: () => body } });

  it('answers the queue refusal (400 and its error body), not 200', () => {
    const h = nodeHarness(flow);
    const noGroup = post(h, '/fifo', '{"MessageBody":"a"}');
    expect(noGroup.status).toBe(400);
    expect(JSON.parse(noGroup.body as string)).toMatchObject({ __type: 'MissingParameter' });
    const tooBig = post(h, '/q', JSON.stringify({ MessageBody: 'x'.repeat(2000) }));
    expect(tooBig.status).toBe(400);
    expect(JSON.parse(tooBig.body as string).message).toContain('shorter than 1024 bytes');
  });

  it('answers the MessageId the queue gave to an accepted message', () => {
    const h = nodeHarness(flow);
    const ok = post(h, '/fifo', '{"MessageBody":"a","MessageGroupId":"g"}');
    expect(ok.status).toBe(200);
    const body = JSON.parse(ok.body as string) as { MessageId: string; SequenceNumber: string };
    expect(body.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.SequenceNumber).toMatch(/^\d+$/);
  });
});

describe('API Gateway account-level throttle', () => {
  const run = (apis: number, rate: number) =>
    runToCompletion(
      buildFlow({
        nodes: Array.from({ length: apis }, (_, i) => [
          {
            id: `c${i}`,
            kind: 'client' as const,
            settings: {
              load: { type: 'constant' as const, rate },
              request: { method: 'POST' as const, path: '/q', headers: {}, body: '{"n":1}' },
            },
          },
          { id: `api${i}`, kind: 'api' as const, settings: { protocolType: 'HTTP' as const } },
        ])
          .flat()
          .concat([{ id: 'q', kind: 'queue' as const, settings: {} } as never]),
        edges: Array.from({ length: apis }, (_, i) => [
          { source: `c${i}`, target: `api${i}`, settings: { type: 'invoke' as const } },
          { source: `api${i}`, target: 'q', settings: { type: 'integration' as const, routeKey: 'POST /q' } },
        ]).flat(),
        run: { durationSeconds: 2 },
      }),
    );
  const total = (r: ReturnType<typeof run>, key: string) =>
    r.summary.nodes
      .filter((n) => n.nodeId.startsWith('c'))
      .reduce((sum, n) => sum + (n.counters[key] ?? 0), 0);

  it('lets one API under its stage limit through, but throttles two together beyond the account limit', () => {
    const one = run(1, 8000);
    expect(total(one, 'responses4xx')).toBe(0);
    const two = run(2, 8000);
    const ok = total(two, 'responses2xx');
    // 32,000 requests in 2 s against one shared bucket: the burst, then 10,000 per second.
    expect(ok).toBeGreaterThanOrEqual(ACCOUNT_BURST + 2 * ACCOUNT_RATE - 5);
    expect(ok).toBeLessThanOrEqual(ACCOUNT_BURST + 2 * ACCOUNT_RATE + 1);
    expect(total(two, 'responses4xx')).toBe(32_000 - ok);
    const throttles = two.summary.nodes
      .filter((n) => n.nodeId.startsWith('api'))
      .map((n) => n.counters.throttles ?? 0);
    // Each API is under its own stage limit: every 429 comes from the shared account bucket.
    expect(throttles.reduce((a, b) => a + b, 0)).toBe(32_000 - ok);
    const spans = two.spans.filter((sp) => sp.type === 'api.request' && sp.httpStatus === 429);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((sp) => sp.type === 'api.request' && sp.reason === 'account-throttled')).toBe(true);
  });
});
