import type { FunctionSettings } from '../../../model';
import type { NodeContext, SimMessage } from '../../core/types';
import { previewPayload, type ThrottleLimit } from '../../records/trace';
import type { AsyncEvent, Invocation } from './invocation';
import { THROTTLE_ERROR } from './invocation';
import { requestIdOf } from './ids';
import { deadLetterPayload, destinationPayload } from './deliveries';

/** The SimEvent code of a queued retry (the function behaviour routes it here). */
export const ASYNC_RETRY = 2;
/** Function-error retries: about 1 minute, then about 2 minutes after that. */
const ERROR_RETRY_DELAYS_MS = [60_000, 120_000];
const THROTTLE_BACKOFF_START_MS = 1_000;
const THROTTLE_BACKOFF_MAX_MS = 300_000;

type Condition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'Throttled';

/**
 * Lambda's asynchronous invocation: the internal queue, retries of function errors
 * (maximumRetryAttempts, ~1 min then ~2 min apart), retries of throttles (backoff 1 s
 * doubling to 5 min) until maximumEventAgeInSeconds, then destinations or the DLQ.
 */
export class AsyncInvoker {
  private depth;
  private accepted;
  private dropped;

  constructor(
    private readonly ctx: NodeContext,
    private readonly s: FunctionSettings,
    private readonly arn: string,
    private readonly tryRun: (ev: AsyncEvent) => ThrottleLimit | null,
    private readonly nextRequestNo: () => number,
    private readonly seed: number,
  ) {
    this.depth = ctx.metrics.gauge('asyncQueueDepth');
    this.accepted = ctx.metrics.counter('asyncEvents');
    this.dropped = ctx.metrics.counter('asyncDropped');
  }

  /** A 202-accepted event: tried at once (the internal queue adds no delay here). */
  accept(message: SimMessage): void {
    const now = this.ctx.now();
    this.accepted.add(now);
    const ev: AsyncEvent = {
      message,
      acceptedAt: now,
      requestNo: this.nextRequestNo(),
      runs: 0,
      throttles: 0,
      lastSpanId: null,
      lastError: null,
      lastValue: undefined,
    };
    this.attempt(ev);
  }

  retry(ev: AsyncEvent): void {
    this.depth.add(this.ctx.now(), -1);
    this.attempt(ev);
  }

  private attempt(ev: AsyncEvent): void {
    const limit = this.tryRun(ev);
    if (!limit) return;
    ev.lastError = THROTTLE_ERROR;
    // Reserved concurrency 0: Lambda sends the event on at once, without retries.
    if (limit === 'reserved' && this.s.reservedConcurrentExecutions === 0)
      return this.fail(ev, 'Throttled', true);
    const delay = Math.min(THROTTLE_BACKOFF_MAX_MS, THROTTLE_BACKOFF_START_MS * 2 ** ev.throttles);
    ev.throttles++;
    this.later(ev, delay, true);
  }

  /** The attempt ran: success goes on; an error is retried while attempts and age allow. */
  done(ev: AsyncEvent, inv: Invocation): void {
    ev.runs++;
    ev.lastSpanId = inv.spanId;
    ev.lastError = inv.error;
    ev.lastValue = inv.value;
    if (inv.outcome === 'ok') return this.finish(ev, 'Success', 'success', false);
    if (ev.runs > this.s.maximumRetryAttempts) return this.fail(ev, 'RetriesExhausted', false);
    this.later(ev, ERROR_RETRY_DELAYS_MS[ev.runs - 1] ?? 120_000, false);
  }

  private later(ev: AsyncEvent, delay: number, throttled: boolean): void {
    const now = this.ctx.now();
    if (now + delay - ev.acceptedAt > this.s.maximumEventAgeInSeconds * 1000)
      return this.fail(ev, 'EventAgeExceeded', throttled);
    this.depth.add(now, 1);
    this.ctx.schedule(delay, ASYNC_RETRY, 0, ev);
  }

  private fail(ev: AsyncEvent, condition: Condition, throttled: boolean): void {
    // Throttled to the end and nobody else will retry it: a rejection.
    if (throttled) this.ctx.countRejection(this.ctx.index);
    this.finish(ev, condition, 'failure', true);
  }

  private finish(ev: AsyncEvent, condition: Condition, on: 'success' | 'failure', isError: boolean): void {
    const ctx = this.ctx;
    const now = ctx.now();
    const dests = ctx
      .outEdges('destination')
      .filter((o) => o.edge.settings.type === 'destination' && o.edge.settings.on === on);
    const dlqs = on === 'failure' ? ctx.outEdges('deadLetter') : [];
    const record = this.invocationRecord(ev, condition);
    const spanId = ctx.newSpanId();
    const { traceId, originIndex } = ev.message;
    for (const d of dests) {
      const payload = destinationPayload(d.targetKind, record, on === 'success', this.arn);
      ctx.send(d, { traceId, parentSpanId: spanId, originIndex, payload: { get: () => payload } });
    }
    for (const d of dlqs) {
      const payload = deadLetterPayload(
        d.targetKind,
        ev.message.payload.get(),
        requestIdOf(this.seed, ev.requestNo),
        ev.lastError,
      );
      ctx.send(d, { traceId, parentSpanId: spanId, originIndex, payload: { get: () => payload } });
    }
    const target = dests[0] ?? dlqs[0];
    if (!target && on === 'failure') this.dropped.add(now);
    if ((dests.length > 0 || dlqs.length > 0 || isError) && ctx.wantsSpan(ev.message.traceId, isError)) {
      ctx.record({
        type: 'function.async-result',
        spanId,
        traceId: ev.message.traceId,
        parentSpanId: ev.lastSpanId ?? ev.message.parentSpanId,
        nodeId: ctx.node.id,
        kind: ctx.node.kind,
        start: now,
        end: now,
        status: isError ? 'error' : 'ok',
        attempt: ev.runs + ev.throttles,
        payload: previewPayload(record),
        logs: [],
        error: isError ? ev.lastError : null,
        outcome: dests[0]
          ? on === 'success'
            ? 'success-destination'
            : 'failure-destination'
          : dlqs[0]
            ? 'dead-letter'
            : 'discarded',
        targetNodeId: target ? ctx.nodeAt(target.targetIndex).id : null,
        condition,
      });
    }
    ctx.traceClose(ev.message.traceId);
  }

  /** The record Lambda sends to a destination (requestContext, payloads, responseContext). */
  private invocationRecord(ev: AsyncEvent, condition: Condition): unknown {
    const ctx = this.ctx;
    const failed = condition !== 'Success';
    return {
      version: '1.0',
      timestamp: new Date(ctx.startEpochMs + ctx.now()).toISOString(),
      requestContext: {
        requestId: requestIdOf(this.seed, ev.requestNo),
        functionArn: `${this.arn}:$LATEST`,
        condition,
        approximateInvokeCount: ev.runs + ev.throttles,
      },
      requestPayload: ev.message.payload.get(),
      responseContext: failed
        ? { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' }
        : { statusCode: 200, executedVersion: '$LATEST' },
      responsePayload:
        failed && ev.lastError
          ? { errorType: ev.lastError.type, errorMessage: ev.lastError.message, trace: [] }
          : ev.lastValue,
    };
  }
}
