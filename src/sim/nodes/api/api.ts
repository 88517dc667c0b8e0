import type { NodeOfKind } from '../../../model';
import { hashString } from '../../core/random';
import type { Inbound, NodeBehaviour, NodeContext, Reply } from '../../core/types';
import { httpProxyEvent, restProxyEvent, type ProxyRequest } from '../../events/apigateway';
import { previewPayload } from '../../records/trace';
import { gatewayResponse, proxyResponse, type HttpResponse } from './proxyResponse';
import { matchRoute, routesOf, type RouteMatch } from './routes';
import { TokenBucket } from './tokenBucket';
import { UsagePlans } from './usagePlans';

const TIMEOUT = 1;
/** API Gateway's default account-level throttle per Region: 10,000 requests per second, burst 5,000. */
export const ACCOUNT_RATE = 10_000;
export const ACCOUNT_BURST = 5_000;

interface Pending {
  inbound: Inbound;
  start: number;
  spanId: number;
  match: RouteMatch | null;
  method: string;
  path: string;
  done: boolean;
}

/** API Gateway: routes, authorizer, API keys and usage plans, stage throttling, proxy and service integrations, integration timeout. */
export function apiBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'api'>).settings;
  const rest = s.protocolType === 'REST';
  const stage = rest ? 'prod' : '$default';
  const apiId = (hashString(ctx.node.id, 0xa91) >>> 0).toString(36).padStart(7, '0').slice(0, 10);
  const routes = routesOf(ctx.outEdges('integration'));
  const bucket = new TokenBucket(s.throttlingRateLimit, s.throttlingBurstLimit);
  // The account's limit per Region, shared by every API of the run (stage limits come first).
  const account = ctx.shared('api.accountThrottle', () => new TokenBucket(ACCOUNT_RATE, ACCOUNT_BURST));
  const plans =
    rest && s.apiKeyRequired && s.usagePlan ? new UsagePlans(s.usagePlan, ctx.startEpochMs) : null;
  const m = ctx.metrics;
  const requests = m.counter('requests');
  const throttles = m.counter('throttles');
  const c4xx = m.counter('responses4xx');
  const c5xx = m.counter('responses5xx');
  const latency = m.histogram('latency');
  const internal = rest ? 'Internal server error' : 'Internal Server Error';

  if (rest && s.usagePlan && !s.apiKeyRequired) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'usagePlan',
      message: 'A usage plan applies per API key: turn on apiKeyRequired, or it is ignored.',
    });
  }
  if (!rest && (s.apiKeyRequired || s.usagePlan)) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'apiKeyRequired',
      message: 'HTTP APIs have no API keys or usage plans (REST APIs do): these settings are ignored.',
    });
  }

  function header(headers: Record<string, string>, name: string): string | undefined {
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
    return undefined;
  }

  function respond(p: Pending, resp: HttpResponse): void {
    if (p.done) return;
    p.done = true;
    const now = ctx.now();
    const { inbound } = p;
    if (resp.statusCode === 429) throttles.add(now);
    if (resp.statusCode >= 500) c5xx.add(now);
    else if (resp.statusCode >= 400) c4xx.add(now);
    latency.record(now, now - p.start);
    const failed = resp.statusCode >= 400;
    if (ctx.wantsSpan(inbound.message.traceId, failed)) {
      ctx.record({
        type: 'api.request',
        spanId: p.spanId,
        traceId: inbound.message.traceId,
        parentSpanId: inbound.message.parentSpanId,
        nodeId: ctx.node.id,
        kind: ctx.node.kind,
        start: p.start,
        end: now,
        status:
          resp.statusCode === 429
            ? 'throttled'
            : resp.reason === 'timeout'
              ? 'timeout'
              : failed
                ? 'error'
                : 'ok',
        attempt: inbound.attempt,
        payload: previewPayload(inbound.message.http?.body.get() ?? inbound.message.payload.get()),
        logs: [],
        error: failed ? { type: `HTTP ${resp.statusCode}`, message: resp.body } : null,
        method: p.method,
        path: p.path,
        routeKey: p.match?.route.routeKey ?? null,
        httpStatus: resp.statusCode,
        reason: resp.reason,
        targetNodeId: p.match ? ctx.nodeAt(p.match.route.out.targetIndex).id : null,
      });
    }
    inbound.reply?.({ status: resp.statusCode, body: resp.body, spanId: p.spanId });
    if (inbound.mode === 'async') ctx.traceClose(inbound.message.traceId);
  }

  /** Checks that run before the integration; a response when the request stops here. */
  function admit(
    p: Pending,
    headers: Record<string, string>,
  ): HttpResponse | { principalId: string | null; apiKey: string | null } {
    const now = ctx.now();
    if (!p.match)
      return rest
        ? gatewayResponse(403, 'Missing Authentication Token', 'no-route')
        : gatewayResponse(404, 'Not Found', 'no-route');
    let principalId: string | null = null;
    if (s.authorizer) {
      const value = header(headers, s.authorizer.header);
      if (value === undefined) return gatewayResponse(401, 'Unauthorized', 'unauthorized');
      if (!s.authorizer.allow.includes(value))
        return gatewayResponse(
          403,
          rest ? 'User is not authorized to access this resource' : 'Forbidden',
          'denied',
        );
      principalId = 'user';
    }
    const apiKey = rest ? (header(headers, 'x-api-key') ?? null) : null;
    if (rest && s.apiKeyRequired && !apiKey) return gatewayResponse(403, 'Forbidden', 'missing-api-key');
    if (plans && apiKey) {
      const verdict = plans.take(apiKey, now);
      if (verdict === 'quota') return gatewayResponse(429, 'Limit Exceeded', 'quota-exceeded');
      if (verdict === 'rate') return gatewayResponse(429, 'Too Many Requests', 'usage-plan-throttled');
    }
    if (!bucket.take(now)) return gatewayResponse(429, 'Too Many Requests', 'throttled');
    if (!account.take(now)) return gatewayResponse(429, 'Too Many Requests', 'account-throttled');
    return { principalId, apiKey };
  }

  function integrate(p: Pending, req: ProxyRequest): void {
    const { route } = p.match!;
    const out = route.out;
    const msg = p.inbound.message;
    const timeoutMs = out.edge.settings.type === 'integration' ? out.edge.settings.timeoutInMillis : 29_000;
    const base = { traceId: msg.traceId, parentSpanId: p.spanId, originIndex: msg.originIndex };
    if (out.targetKind === 'function') {
      const event = rest ? restProxyEvent(req) : httpProxyEvent(req);
      ctx.schedule(timeoutMs, TIMEOUT, 0, p);
      return ctx.call(out, { ...base, payload: { get: () => event } }, (reply) => {
        const resp = proxyResponse(reply, rest);
        if (!p.done && resp.reason === 'lambda-throttled') ctx.countRejection(out.targetIndex);
        respond(p, resp);
      });
    }
    const body = parse(req.body);
    // Queues, topics and buses answer in the same instant: no timer needed.
    if (out.targetKind === 'stream' || out.targetKind === 'external') ctx.schedule(timeoutMs, TIMEOUT, 0, p);
    // The service's answer passes through, refusals included (a FIFO send without MessageGroupId -> 400).
    ctx.call(out, { ...base, payload: { get: () => body } }, (reply) => respond(p, passThrough(reply)));
  }

  function passThrough(reply: Reply): HttpResponse {
    if (reply.status >= 500 && reply.status !== 501 && reply.body === undefined)
      return gatewayResponse(reply.status, internal, 'integration');
    const body =
      typeof reply.body === 'string'
        ? reply.body
        : reply.body === undefined
          ? ''
          : JSON.stringify(reply.body);
    return {
      statusCode: reply.status,
      headers: { 'content-type': 'application/json' },
      body,
      reason: 'integration',
    };
  }

  return {
    start() {
      // A client whose path no route takes gets 403/404 on every request: say so up front.
      for (const [i, n] of ctx.flow.nodes.entries()) {
        if (n.kind !== 'client' || !ctx.flow.edges.some((e) => e.source === n.id && e.target === ctx.node.id))
          continue;
        const path = n.settings.request.path.split('?')[0]!;
        if (matchRoute(routes, n.settings.request.method, path)) continue;
        const answer = rest ? '403 Missing Authentication Token' : '404 Not Found';
        ctx.warn({
          type: 'no-target',
          nodeId: ctx.nodeAt(i).id,
          message: `${n.settings.request.method} ${path} matches no route of API "${ctx.node.id}" (a {proxy+} route needs at least one path segment): API Gateway answers ${answer}.`,
        });
      }
    },
    receive(inbound) {
      const now = ctx.now();
      requests.add(now);
      if (inbound.mode === 'async') ctx.traceOpen(inbound.message.traceId);
      const http = inbound.message.http;
      const method = http?.method ?? 'POST';
      const full = http?.path ?? '/';
      const q = full.indexOf('?');
      const path = q === -1 ? full : full.slice(0, q);
      const headers = http?.headers ?? { 'content-type': 'application/json' };
      const p: Pending = {
        inbound,
        start: now,
        spanId: ctx.newSpanId(),
        match: matchRoute(routes, method, path),
        method,
        path,
        done: false,
      };
      const verdict = admit(p, headers);
      if ('statusCode' in verdict) return respond(p, verdict);
      const body = http ? http.body.get() : JSON.stringify(inbound.message.payload.get());
      integrate(p, {
        method,
        path,
        rawQuery: q === -1 ? '' : full.slice(q + 1),
        headers: { ...headers },
        body: body === '' && method === 'GET' ? null : body,
        routeKey: p.match!.route.routeKey,
        resource: p.match!.route.resource,
        pathParameters: p.match!.pathParameters,
        apiId,
        stage,
        region: ctx.run.region,
        accountId: ctx.run.accountId,
        requestId: ctx.random.uuid(),
        epochMs: ctx.startEpochMs + now,
        sourceIp: '198.51.100.1',
        apiKey: verdict.apiKey,
        apiKeyId: verdict.apiKey ? (hashString(verdict.apiKey) >>> 0).toString(36) : null,
        principalId: verdict.principalId,
      });
    },
    onEvent(code, _arg, payload) {
      if (code === TIMEOUT)
        respond(
          payload as Pending,
          rest
            ? gatewayResponse(504, 'Endpoint request timed out', 'timeout')
            : gatewayResponse(503, 'Service Unavailable', 'timeout'),
        );
    },
  };
}

function parse(body: string | null): unknown {
  if (body === null) return null;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
