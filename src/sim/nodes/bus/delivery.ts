import type { NodeContext, Reply, SimMessage } from '../../core/types';
import type { BusEvent } from '../../events/eventbridge';
import { applyInputTransformer, payloadOfText, resolveJsonPath } from '../../events/inputTransform';
import { previewPayload } from '../../records/trace';
import type { CompiledRule, CompiledTarget } from './rules';
import { INVOCATIONS_KEY, InvocationQuota } from './throughput';

export const RETRY = 1;
/** Backoff: 1 s doubling to 10 min, with jitter in [½, 1] of that (185 tries then span about a day, as AWS's defaults). */
const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 600_000;

/** One event on its way to one rule target, across attempts. */
export interface TargetDelivery {
  rule: CompiledRule;
  target: CompiledTarget;
  event: BusEvent;
  ingestedAt: number;
  attempt: number;
  traceId: number;
  originIndex: number;
  parentSpanId: number;
  open: boolean;
  /** Set while the attempt waits for the invocations quota (its token is already taken). */
  admitted: boolean;
}

/** What the target receives: the event, a constant Input, the InputPath selection, or the transformer's output. */
export function targetInput(d: TargetDelivery, startEpochMs: number): unknown {
  const t = d.target.settings;
  if (t.input !== null) return JSON.parse(t.input);
  if (t.inputPath !== null) return resolveJsonPath(d.event, t.inputPath) ?? null;
  if (t.inputTransformer !== null) {
    const ingestionTime = new Date(startEpochMs + d.ingestedAt).toISOString();
    const text = applyInputTransformer(
      d.event,
      t.inputTransformer.inputPathsMap,
      t.inputTransformer.inputTemplate,
      { ruleArn: d.rule.arn, ruleName: d.rule.rule.name, ingestionTime },
    );
    return payloadOfText(text);
  }
  return d.event;
}

/** The request a target kind takes: SendMessage for a queue, Publish for a topic, the event itself otherwise. */
function requestFor(kind: string, input: unknown): unknown {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (kind === 'queue') return { MessageBody: text };
  if (kind === 'topic') return { Message: text };
  return input;
}

function errorCode(status: number): string {
  if (status === 429) return 'THROTTLING';
  if (status === 501) return 'NO_RESOURCE';
  if (status === 504 || status === 408) return 'TIMEOUT';
  return status >= 500 ? 'INTERNAL_ERROR' : 'SDK_CLIENT_ERROR';
}

/**
 * Rule-target delivery: an asynchronous invoke for a function, a synchronous API call for
 * other kinds; throttles and server errors retried with backoff and jitter within the
 * retry policy; unrecoverable errors and exhausted retries go to the target's DLQ.
 */
export class BusDeliverer {
  private readonly delivered;
  private readonly failed;
  private readonly retries;
  private readonly toDlq;
  private readonly throttled;
  private readonly quota: InvocationQuota;

  constructor(private readonly ctx: NodeContext) {
    this.quota = ctx.shared(INVOCATIONS_KEY, () => new InvocationQuota(ctx.run.region));
    this.throttled = ctx.metrics.counter('throttledInvocations');
    this.delivered = ctx.metrics.counter('messagesOut');
    this.failed = ctx.metrics.counter('failedInvocations');
    this.retries = ctx.metrics.counter('retries');
    this.toDlq = ctx.metrics.counter('movedToDlq');
  }

  deliver(d: TargetDelivery): void {
    const ctx = this.ctx;
    if (!d.admitted) {
      const wait = this.quota.take(ctx.now());
      if (wait > 0) {
        this.throttled.add(ctx.now());
        d.admitted = true;
        if (!d.open) ctx.traceOpen(d.traceId);
        d.open = true;
        ctx.schedule(wait, RETRY, 0, d);
        return;
      }
    }
    d.admitted = false;
    let input: { v: unknown } | null = null;
    const kind = d.target.out.targetKind;
    const message: SimMessage = {
      traceId: d.traceId,
      parentSpanId: d.parentSpanId,
      originIndex: d.originIndex,
      payload: { get: () => (input ??= { v: requestFor(kind, targetInput(d, ctx.startEpochMs)) }).v },
    };
    if (kind === 'function') {
      ctx.send(d.target.out, message, d.attempt);
      return this.settle(d, 202);
    }
    ctx.call(d.target.out, message, (reply) => this.settle(d, reply.status, reply), d.attempt);
  }

  private settle(d: TargetDelivery, status: number, reply?: Reply): void {
    const ctx = this.ctx;
    const now = ctx.now();
    if (status >= 200 && status < 300) {
      this.delivered.add(now);
      return this.close(d);
    }
    const retryable = status === 429 || (status >= 500 && status !== 501);
    const policy = d.target.settings.retryPolicy;
    const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.min(20, d.attempt - 1));
    const delay = Math.round(cap * (0.5 + 0.5 * ctx.random.next()));
    let exhausted: string | null = null;
    if (retryable && d.attempt - 1 >= policy.maximumRetryAttempts) exhausted = 'MaximumRetryAttempts';
    else if (retryable && now + delay - d.ingestedAt > policy.maximumEventAgeInSeconds * 1000)
      exhausted = 'MaximumEventAgeInSeconds';
    const willRetry = retryable && exhausted === null;
    const code = errorCode(status);
    const spanId = ctx.newSpanId();
    const outcome = willRetry ? 'retrying' : d.target.dlq ? 'dead-letter' : 'discarded';
    const errorMessage = reply?.error?.message ?? `The target answered ${status}.`;
    if (ctx.wantsSpan(d.traceId, true)) {
      ctx.record({
        type: 'bus.delivery',
        spanId,
        traceId: d.traceId,
        parentSpanId: d.parentSpanId,
        nodeId: ctx.node.id,
        kind: 'bus',
        start: now,
        end: now,
        status: status === 429 ? 'throttled' : 'error',
        attempt: d.attempt,
        payload: previewPayload(d.event),
        logs: [],
        error: { type: code, message: errorMessage },
        eventId: d.event.id,
        rule: d.rule.rule.name,
        targetNodeId: ctx.nodeAt(d.target.out.targetIndex).id,
        outcome,
        httpStatus: status,
        errorCode: code,
        retryAttempts: d.attempt - 1,
        nextDelayMs: willRetry ? delay : null,
      });
    }
    if (willRetry) {
      this.retries.add(now);
      if (!d.open) ctx.traceOpen(d.traceId);
      d.open = true;
      d.attempt++;
      ctx.schedule(delay, RETRY, 0, d);
      return;
    }
    this.failed.add(now);
    if (d.target.dlq) {
      this.toDlq.add(now);
      const attr = (v: string) => ({ DataType: 'String', StringValue: v });
      const request = {
        MessageBody: JSON.stringify(d.event),
        MessageAttributes: {
          ERROR_CODE: attr(code),
          ERROR_MESSAGE: attr(errorMessage),
          // AWS sets it when retries ran out; an unrecoverable error has none.
          ...(exhausted ? { EXHAUSTED_RETRY_CONDITION: attr(exhausted) } : {}),
          RETRY_ATTEMPTS: attr(String(d.attempt - 1)),
          RULE_ARN: attr(d.rule.arn),
          TARGET_ARN: attr(d.target.arn),
        },
      };
      ctx.send(d.target.dlq, {
        traceId: d.traceId,
        parentSpanId: spanId,
        originIndex: d.originIndex,
        payload: { get: () => request },
      });
    }
    this.close(d);
  }

  private close(d: TargetDelivery): void {
    if (d.open) this.ctx.traceClose(d.traceId);
    d.open = false;
  }
}
