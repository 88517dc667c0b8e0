import type { NodeOfKind } from '../../../model';
import { sampler } from '../../core/distribution';
import type { Inbound, NodeBehaviour, NodeContext, Reply } from '../../core/types';
import { previewPayload } from '../../records/trace';

const REPLY = 1;

interface Pending {
  inbound: Inbound;
  reply: Reply;
  start: number;
}

/**
 * A third-party HTTP service: answers after its latency model; a share of calls fail with
 * 500 (errorRate); above rateLimit calls in a one-second window it answers 429.
 */
export function externalBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'external'>).settings;
  const draw = sampler(s.latency);
  const m = ctx.metrics;
  const calls = m.counter('calls');
  const errors = m.counter('errors');
  const limited = m.counter('rateLimited');
  const latency = m.histogram('latency');
  let windowSecond = -1;
  let inWindow = 0;

  function admit(now: number): boolean {
    if (s.rateLimit === null) return true;
    const second = Math.floor(now / 1000);
    if (second !== windowSecond) {
      windowSecond = second;
      inWindow = 0;
    }
    if (inWindow + 1 > s.rateLimit) return false;
    inWindow++;
    return true;
  }

  return {
    receive(inbound) {
      const now = ctx.now();
      calls.add(now);
      ctx.traceOpen(inbound.message.traceId);
      const spanId = ctx.newSpanId();
      const delay = draw(ctx.random);
      let reply: Reply;
      if (!admit(now)) {
        limited.add(now);
        reply = {
          status: 429,
          body: { message: 'Too Many Requests' },
          error: { type: 'TooManyRequests', message: 'rate limit exceeded' },
          spanId,
        };
      } else if (s.errorRate > 0 && ctx.random.next() < s.errorRate) {
        errors.add(now);
        reply = {
          status: 500,
          body: { message: 'Internal Server Error' },
          error: { type: 'InternalServerError', message: 'the service failed' },
          spanId,
        };
      } else reply = { status: 200, body: { ok: true }, spanId };
      ctx.schedule(delay, REPLY, 0, { inbound, reply, start: now } satisfies Pending);
    },
    onEvent(code, _arg, payload) {
      if (code !== REPLY) return;
      const p = payload as Pending;
      const now = ctx.now();
      latency.record(now, now - p.start);
      const { message } = p.inbound;
      const failed = p.reply.status >= 400;
      if (ctx.wantsSpan(message.traceId, failed)) {
        ctx.record({
          type: 'external.call',
          spanId: p.reply.spanId!,
          traceId: message.traceId,
          parentSpanId: message.parentSpanId,
          nodeId: ctx.node.id,
          kind: ctx.node.kind,
          start: p.start,
          end: now,
          status: p.reply.status === 429 ? 'throttled' : failed ? 'error' : 'ok',
          attempt: p.inbound.attempt,
          payload: previewPayload(message.payload.get()),
          logs: [],
          error: p.reply.error ?? null,
          httpStatus: p.reply.status,
        });
      }
      p.inbound.reply?.(p.reply);
      ctx.traceClose(message.traceId);
    },
  };
}
