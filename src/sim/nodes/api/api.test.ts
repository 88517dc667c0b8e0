import { describe, expect, it } from 'vitest';
import type { ApiSettings, FunctionSettings, LoadProfile } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import { inlineRunner, type PlainHandler } from '../../runner';
import { runToCompletion } from '../../simulation';
import { nodeHarness } from '../table/harness';
import type { TraceRecord } from '../../records/trace';

type ApiSpan = Extract<TraceRecord, { type: 'api.request' }>;

function clientApiFunction(opts: {
  load: LoadProfile;
  api?: Partial<ApiSettings>;
  fn?: Partial<FunctionSettings>;
  timeoutInMillis?: number;
  seconds: number;
  headers?: Record<string, string>;
}) {
  return buildFlow({
    nodes: [
      {
        id: 'client',
        kind: 'client',
        settings: {
          load: opts.load,
          request: { method: 'POST', path: '/orders', headers: opts.headers ?? {}, body: '{"n":{{seq}}}' },
        },
      },
      { id: 'api', kind: 'api', settings: opts.api ?? {} },
      { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 10 }, ...opts.fn } },
    ],
    edges: [
      { source: 'client', target: 'api', settings: { type: 'invoke' } },
      {
        source: 'api',
        target: 'fn',
        settings: {
          type: 'integration',
          routeKey: 'POST /orders',
          timeoutInMillis: opts.timeoutInMillis ?? 29_000,
        },
      },
    ],
    run: { durationSeconds: opts.seconds, seed: 11 },
  });
}

const node = (run: ReturnType<typeof runToCompletion>, id: string) =>
  run.summary.nodes.find((n) => n.nodeId === id)!;
const ok: PlainHandler = () => ({ value: { statusCode: 200, body: 'ok' } });

describe('API Gateway throttling and errors', () => {
  it('answers 429 beyond the token bucket: burst at once, then the refill rate', () => {
    const run = runToCompletion(
      clientApiFunction({
        load: { type: 'constant', rate: 300 },
        api: { throttlingRateLimit: 100, throttlingBurstLimit: 50 },
        seconds: 10,
      }),
      { runner: inlineRunner({ fn: ok }) },
    );
    const client = node(run, 'client');
    expect(client.counters.requests).toBe(3000);
    // 50 from the full bucket, then 100 per second for 10 s.
    expect(client.counters.responses2xx).toBeGreaterThanOrEqual(1048);
    expect(client.counters.responses2xx).toBeLessThanOrEqual(1051);
    expect(node(run, 'api').counters.throttles).toBe(client.counters.responses4xx);
    // Every request but the last one (still in flight at the end) was answered.
    expect(client.counters.responses2xx! + client.counters.responses4xx!).toBeGreaterThanOrEqual(2999);
  });

  it('answers 504 when the integration takes longer than timeoutInMillis (503 on an HTTP API)', () => {
    for (const [protocolType, status] of [
      ['REST', 504],
      ['HTTP', 503],
    ] as const) {
      const run = runToCompletion(
        clientApiFunction({
          load: { type: 'constant', rate: 2 },
          api: { protocolType },
          fn: { duration: { type: 'constant', value: 2000 }, timeout: 5 },
          timeoutInMillis: 1000,
          seconds: 5,
        }),
      );
      const spans = run.spans.filter((s): s is ApiSpan => s.type === 'api.request');
      expect(spans.length).toBeGreaterThan(5);
      expect(
        spans.every((s) => s.httpStatus === status && s.reason === 'timeout' && s.end - s.start === 1000),
      ).toBe(true);
    }
  });

  it('maps a Lambda throttle to 500 and counts it as a rejection', () => {
    const run = runToCompletion(
      clientApiFunction({
        load: { type: 'constant', rate: 10 },
        fn: { reservedConcurrentExecutions: 0 },
        seconds: 2,
      }),
    );
    expect(node(run, 'client').counters.responses5xx).toBe(20);
    expect(node(run, 'fn').counters.rejections).toBe(20);
    const span = run.spans.find((s): s is ApiSpan => s.type === 'api.request')!;
    expect(span.httpStatus).toBe(500);
    expect(span.reason).toBe('lambda-throttled');
  });

  it('maps a function error to 502 on a REST API and 500 on an HTTP API', () => {
    for (const [protocolType, status] of [
      ['REST', 502],
      ['HTTP', 500],
    ] as const) {
      const run = runToCompletion(
        clientApiFunction({
          load: { type: 'constant', rate: 10 },
          api: { protocolType },
          fn: { errorRate: 1 },
          seconds: 1,
        }),
      );
      const spans = run.spans.filter((s): s is ApiSpan => s.type === 'api.request');
      expect(spans).toHaveLength(10);
      expect(spans.every((s) => s.httpStatus === status && s.reason === 'function-error')).toBe(true);
    }
  });

  it('enforces the usage plan quota per API key with 429 Limit Exceeded, and refuses a missing key with 403', () => {
    const api: Partial<ApiSettings> = {
      apiKeyRequired: true,
      usagePlan: { rateLimit: 1000, burstLimit: 100, quotaPerDay: 5 },
    };
    const run = runToCompletion(
      clientApiFunction({
        load: { type: 'constant', rate: 10 },
        api,
        seconds: 1,
        headers: { 'x-api-key': 'k1' },
      }),
      { runner: inlineRunner({ fn: ok }) },
    );
    const spans = run.spans
      .filter((s): s is ApiSpan => s.type === 'api.request')
      .sort((a, b) => a.start - b.start);
    expect(spans.map((s) => s.httpStatus)).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
    expect(spans[5]!.error!.message).toBe('{"message":"Limit Exceeded"}');
    const noKey = runToCompletion(
      clientApiFunction({ load: { type: 'constant', rate: 10 }, api, seconds: 1 }),
    );
    expect(node(noKey, 'client').counters.responses4xx).toBe(10);
  });

  it('runs the header authorizer: 401 without the header, 403 for a value not allowed', () => {
    const api: Partial<ApiSettings> = { authorizer: { header: 'Authorization', allow: ['Bearer good'] } };
    const statuses = (headers: Record<string, string>) =>
      runToCompletion(clientApiFunction({ load: { type: 'constant', rate: 2 }, api, seconds: 1, headers }), {
        runner: inlineRunner({ fn: ok }),
      })
        .spans.filter((s): s is ApiSpan => s.type === 'api.request')
        .map((s) => s.httpStatus);
    expect(statuses({})).toEqual([401, 401]);
    expect(statuses({ Authorization: 'Bearer bad' })).toEqual([403, 403]);
    expect(statuses({ authorization: 'Bearer good' })).toEqual([200, 200]);
  });
});

describe('API Gateway routes and proxy events', () => {
  function routed(protocolType: 'REST' | 'HTTP') {
    const events: { one: unknown[]; any: unknown[]; greedy: unknown[] } = { one: [], any: [], greedy: [] };
    const record =
      (id: keyof typeof events, value: unknown): PlainHandler =>
      (event) => (events[id].push(event), { value });
    const flow = buildFlow({
      nodes: [
        { id: 'api', kind: 'api', settings: { protocolType } },
        { id: 'one', kind: 'function', settings: {} },
        { id: 'any', kind: 'function', settings: {} },
        { id: 'greedy', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'api', target: 'one', settings: { type: 'integration', routeKey: 'GET /orders/{id}' } },
        { source: 'api', target: 'any', settings: { type: 'integration', routeKey: 'ANY /orders/{id}' } },
        {
          source: 'api',
          target: 'greedy',
          settings: { type: 'integration', routeKey: 'ANY /files/{proxy+}' },
        },
      ],
      run: { durationSeconds: 60 },
    });
    const h = nodeHarness(
      flow,
      inlineRunner({
        one: record('one', { statusCode: 201, headers: { 'x-a': '1' }, body: 'created' }),
        any: record('any', 'plain text'),
        greedy: record('greedy', { a: 1 }),
      }),
    );
    const call = (method: string, path: string, headers: Record<string, string> = {}) =>
      h.call('api', null, { method, path, headers, body: { get: () => '{"x":1}' } });
    return { events, call };
  }

  it('picks the most specific route and fills path parameters; greedy paths take the rest', () => {
    const { events, call } = routed('REST');
    expect(call('GET', '/orders/42?x=1&x=2&y=z')).toMatchObject({ status: 201, body: 'created' });
    expect(call('DELETE', '/orders/42').status).toBe(502); // a plain string is a malformed REST proxy response
    expect(call('PUT', '/files/a/b/c.txt').status).toBe(502); // a REST proxy response needs statusCode
    const ev = events.one[0] as Record<string, unknown>;
    expect(ev.resource).toBe('/orders/{id}');
    expect(ev.path).toBe('/orders/42');
    expect(ev.pathParameters).toEqual({ id: '42' });
    expect(ev.queryStringParameters).toEqual({ x: '2', y: 'z' });
    expect(ev.multiValueQueryStringParameters).toEqual({ x: ['1', '2'], y: ['z'] });
    expect((events.greedy[0] as { pathParameters: unknown }).pathParameters).toEqual({ proxy: 'a/b/c.txt' });
    expect(events.any).toHaveLength(1);
  });

  it('answers an unknown route with 403 Missing Authentication Token (REST) or 404 Not Found (HTTP)', () => {
    expect(routed('REST').call('GET', '/nothing')).toMatchObject({
      status: 403,
      body: '{"message":"Missing Authentication Token"}',
    });
    expect(routed('HTTP').call('GET', '/nothing')).toMatchObject({
      status: 404,
      body: '{"message":"Not Found"}',
    });
    expect(routed('HTTP').call('GET', '/files').status).toBe(404); // {proxy+} needs at least one segment
  });

  it('takes an HTTP API result without statusCode as a 200 JSON body', () => {
    const { call, events } = routed('HTTP');
    expect(call('POST', '/files/x')).toMatchObject({ status: 200, body: '{"a":1}' });
    expect(call('PATCH', '/orders/7')).toMatchObject({ status: 200, body: 'plain text' });
    const ev = events.greedy[0] as Record<string, unknown>;
    expect(ev.version).toBe('2.0');
    expect(ev.routeKey).toBe('ANY /files/{proxy+}');
    expect((ev.requestContext as { http: { method: string; path: string } }).http).toMatchObject({
      method: 'POST',
      path: '/files/x',
    });
  });

  it('builds REST (1.0) and HTTP (2.0) events with the structure of the documented samples', () => {
    const rest = routed('REST');
    rest.call('GET', '/orders/1?a=b', { 'User-Agent': 'curl/8', Accept: '*/*' });
    const v1 = rest.events.one[0] as Record<string, unknown>;
    // Keys of the REST API proxy integration input format in the API Gateway Developer Guide.
    expect(Object.keys(v1).sort()).toEqual(
      [
        'resource',
        'path',
        'httpMethod',
        'headers',
        'multiValueHeaders',
        'queryStringParameters',
        'multiValueQueryStringParameters',
        'pathParameters',
        'stageVariables',
        'requestContext',
        'body',
        'isBase64Encoded',
      ].sort(),
    );
    const rc1 = v1.requestContext as Record<string, unknown>;
    for (const k of [
      'accountId',
      'apiId',
      'domainName',
      'domainPrefix',
      'extendedRequestId',
      'httpMethod',
      'identity',
      'path',
      'protocol',
      'requestId',
      'requestTime',
      'requestTimeEpoch',
      'resourceId',
      'resourcePath',
      'stage',
    ]) {
      expect(rc1).toHaveProperty(k);
    }
    expect(rc1.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(rc1.path).toBe('/prod/orders/1');
    expect((rc1.identity as Record<string, unknown>).userAgent).toBe('curl/8');
    expect(v1.multiValueHeaders).toEqual({ 'User-Agent': ['curl/8'], Accept: ['*/*'] });

    const http = routed('HTTP');
    http.call('GET', '/orders/1?a=b&a=c', { Cookie: 'c1=1; c2=2', 'User-Agent': 'curl/8' });
    const v2 = http.events.one[0] as Record<string, unknown>;
    // The 2.0 sample's keys, less stageVariables (absent when a stage has none).
    expect(Object.keys(v2).sort()).toEqual(
      [
        'version',
        'routeKey',
        'rawPath',
        'rawQueryString',
        'cookies',
        'headers',
        'queryStringParameters',
        'requestContext',
        'body',
        'pathParameters',
        'isBase64Encoded',
      ].sort(),
    );
    expect(v2).toMatchObject({
      rawQueryString: 'a=b&a=c',
      cookies: ['c1=1', 'c2=2'],
      queryStringParameters: { a: 'b,c' },
      headers: { 'user-agent': 'curl/8' },
    });
    const rc2 = v2.requestContext as Record<string, unknown>;
    expect(Object.keys(rc2).sort()).toEqual(
      [
        'accountId',
        'apiId',
        'domainName',
        'domainPrefix',
        'http',
        'requestId',
        'routeKey',
        'stage',
        'time',
        'timeEpoch',
      ].sort(),
    );
  });
});
