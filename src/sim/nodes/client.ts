import type { NodeOfKind } from '../../model';
import { hashString } from '../core/random';
import type { Lazy, NodeBehaviour, NodeContext, OutEdge, Reply, SimMessage } from '../core/types';
import { arrivals } from '../producers/load';
import { compileTemplate, parseBody, type BodyTemplate } from '../producers/template';
import { compileRequestTemplates } from '../producers/templateRequest';
import { previewPayload } from '../records/trace';

const ARRIVAL = 1;
const RETRY = 2;
const TIMEOUT = 3;

interface Request {
  seq: number;
  traceId: number;
  start: number;
  attempt: number;
  /** The last attempt settled (answered, timed out): its timeout must not settle it again. */
  settled: number;
  attemptStart: number;
  spanId: number;
  done: boolean;
  target: OutEdge;
  body: Lazy<string>;
  payload: Lazy<unknown>;
  path: string;
  headers: Record<string, string>;
}

/** A client calling its target synchronously at a load profile, with timeout and retries. */
export function clientBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'client'>).settings;
  const r = ctx.random;
  const m = ctx.metrics;
  const load = arrivals(s.load);
  const template = compileTemplate(s.request.body);
  const seed = hashString(`${ctx.node.id}\u0000body`, ctx.seed);
  // Path and header values hold the same placeholders as the body (GET /orders/ord-{{int 1 400}}).
  const fields = compileRequestTemplates(ctx.node.id, ctx.seed, s.request.path, s.request.headers);
  const requests = m.counter('requests');
  const attempts = m.counter('attempts');
  const ok = m.counter('responses2xx');
  const client4xx = m.counter('responses4xx');
  const server5xx = m.counter('responses5xx');
  const functionErrors = m.counter('functionErrors');
  const timeouts = m.counter('timeouts');
  const retries = m.counter('retries');
  const rejected = m.counter('rejected');
  const errors = m.counter('errors');
  const latency = m.histogram('e2eLatency');
  const targets = ctx.outEdges('invoke');
  const retryOn = new Set(s.retry.retryOn);
  let seq = 0;
  let last = -1;

  function scheduleNext(): void {
    const t = load.next(last, r, ctx.endMs);
    if (t >= ctx.endMs) return;
    last = t;
    ctx.schedule(t - ctx.now(), ARRIVAL);
  }

  function arrive(): void {
    const n = seq++;
    const now = ctx.now();
    requests.add(now);
    const body = new RenderedBody(template, n, seed, ctx.startEpochMs + now);
    const payload = new ParsedBody(body);
    const req: Request = {
      seq: n,
      traceId: ctx.newTrace(),
      start: now,
      attempt: 0,
      settled: 0,
      attemptStart: now,
      spanId: 0,
      done: false,
      target: targets[n % targets.length]!,
      body,
      payload,
      // Routing needs these at once (not lazy); every attempt of a request sends the same ones.
      path: fields.path(n, ctx.startEpochMs + now),
      headers: fields.headers(n, ctx.startEpochMs + now),
    };
    send(req);
  }

  function send(req: Request): void {
    const now = ctx.now();
    req.attempt++;
    req.attemptStart = now;
    req.spanId = ctx.newSpanId();
    attempts.add(now);
    const message: SimMessage = {
      traceId: req.traceId,
      parentSpanId: req.spanId,
      originIndex: ctx.index,
      payload: req.payload,
      http: { method: s.request.method, path: req.path, headers: req.headers, body: req.body },
    };
    const attempt = req.attempt;
    if (s.timeoutMs !== null) ctx.schedule(s.timeoutMs, TIMEOUT, attempt, req);
    ctx.call(req.target, message, (reply) => onReply(req, attempt, reply), attempt);
  }

  function retryable(status: number | 'timeout', reply: Reply | null): boolean {
    if (status === 'timeout') return retryOn.has('timeout');
    return (isThrottle(status, reply) && retryOn.has('429')) || (status >= 500 && retryOn.has('5xx'));
  }

  /** Ends an attempt: records it, then retries with backoff or settles the request. */
  function settle(req: Request, status: number | 'timeout', reply: Reply | null): void {
    const now = ctx.now();
    req.settled = req.attempt;
    const willRetry = retryable(status, reply) && req.attempt <= s.retry.maxAttempts;
    const failed = status === 'timeout' || status >= 400 || reply?.functionError !== undefined;
    if (ctx.wantsSpan(req.traceId, failed)) {
      ctx.record({
        type: 'client.request',
        spanId: req.spanId,
        traceId: req.traceId,
        parentSpanId: null,
        nodeId: ctx.node.id,
        kind: 'client',
        start: req.attemptStart,
        end: now,
        status:
          status === 'timeout'
            ? 'timeout'
            : isThrottle(status, reply)
              ? 'throttled'
              : failed
                ? 'error'
                : 'ok',
        attempt: req.attempt,
        payload: previewPayload(req.body.get()),
        logs: [],
        error: reply?.error ?? null,
        httpStatus: status === 'timeout' ? 0 : status,
        timedOut: status === 'timeout',
        willRetry,
      });
    }
    if (willRetry) {
      retries.add(now);
      const cap = Math.min(s.retry.maxDelayMs, s.retry.baseDelayMs * 2 ** (req.attempt - 1));
      ctx.schedule(s.retry.jitter === 'full' ? r.next() * cap : cap, RETRY, 0, req);
      return;
    }
    req.done = true;
    latency.record(now, now - req.start);
    if (status === 'timeout') timeouts.add(now);
    else if (status < 300) ok.add(now);
    else if (status < 500) client4xx.add(now);
    else server5xx.add(now);
    if (reply?.functionError !== undefined) functionErrors.add(now);
    if (failed) errors.add(now);
    if (isThrottle(status, reply)) {
      rejected.add(now);
      ctx.countRejection(req.target.targetIndex);
    }
  }

  function onReply(req: Request, attempt: number, reply: Reply): void {
    // A response to an attempt the client already gave up on is ignored.
    if (
      req.done ||
      req.attempt !== attempt ||
      (s.timeoutMs !== null && ctx.now() - req.attemptStart >= s.timeoutMs)
    )
      return;
    settle(req, reply.status, reply);
  }

  return {
    start() {
      if (targets.length === 0) {
        ctx.warn({
          type: 'no-target',
          nodeId: ctx.node.id,
          message: 'This client is not connected to anything: it sends no requests.',
        });
        return;
      }
      scheduleNext();
    },
    onEvent(code, arg, payload) {
      if (code === ARRIVAL) {
        arrive();
        scheduleNext();
      } else if (code === RETRY) send(payload as Request);
      else if (code === TIMEOUT) {
        const req = payload as Request;
        // An attempt answered before its timeout (a 429 waiting out its backoff) is already settled.
        if (!req.done && req.attempt === arg && req.settled !== arg) settle(req, 'timeout', null);
      }
    },
    receive(inbound) {
      inbound.reply?.({
        status: 400,
        spanId: null,
        error: { type: 'InvalidTarget', message: 'A client does not receive messages.' },
      });
    },
  };
}

/** A request body rendered on first read (most bodies are never looked at). */
class RenderedBody implements Lazy<string> {
  private text: string | null = null;
  constructor(
    private readonly template: BodyTemplate,
    private readonly seq: number,
    private readonly seed: number,
    private readonly epochMs: number,
  ) {}
  get(): string {
    return (this.text ??= this.template.render(this.seq, this.seed, new Date(this.epochMs).toISOString()));
  }
}

/** The body as the target's code sees it: parsed JSON, or the text. */
class ParsedBody implements Lazy<unknown> {
  private done = false;
  private value: unknown;
  constructor(private readonly body: Lazy<string>) {}
  get(): unknown {
    if (!this.done) {
      this.value = parseBody(this.body.get());
      this.done = true;
    }
    return this.value;
  }
}

/**
 * Throttling errors the AWS SDKs retry: HTTP 429, and the 400s some services use for it
 * (Kinesis ProvisionedThroughputExceededException, DynamoDB's and others' ThrottlingException).
 */
const THROTTLE_CODES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
]);

export function isThrottle(status: number | 'timeout', reply: Reply | null): boolean {
  if (status === 429) return true;
  if (status !== 400 && status !== 503) return false;
  const body = reply?.body as { __type?: unknown } | undefined;
  const code = reply?.error?.type ?? (typeof body?.__type === 'string' ? body.__type : undefined);
  return code !== undefined && THROTTLE_CODES.has(code);
}
