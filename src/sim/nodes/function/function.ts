import type { NodeOfKind } from '../../../model';
import { sampler } from '../../core/distribution';
import { hashString } from '../../core/random';
import type { Inbound, NodeBehaviour, NodeContext, ReplyFn, SimMessage } from '../../core/types';
import type { InvokeResult } from '../../runner';
import { ACCOUNT_KEY, LambdaAccount } from './account';
import { ASYNC_RETRY, AsyncInvoker } from './asyncInvoke';
import { functionArn, requestIdOf } from './ids';
import { DECLARED_ERROR, THROTTLE_ERROR, timeoutError, type AsyncEvent, type Invocation } from './invocation';
import { billedMs, defaultInitDuration, durationFactor, INIT_CAP_MS, invocationCost } from './model';
import { EnvironmentPool } from './pool';
import { buildInvokeRequest, invokeSpan, throttleSpan, replyOf, throttleReason } from './records';
import type { ThrottleLimit } from '../../records/trace';
import { serveSdkCall } from './sdk';

const COMPLETE = 1;

/**
 * What a successful invocation returns when no code runs (the declared model): the result
 * of the default handler every new function starts with, so an API in front of it answers
 * 200 as the same function would on AWS, not 502 for a missing proxy response.
 */
export const MODEL_RESULT = Object.freeze({ statusCode: 200, body: '{"ok":true}' });

/** AWS Lambda: environments, concurrency, scaling rate, timeouts, cost, sync and async invokes. */
export function functionBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'function'>;
  const s = node.settings;
  const r = ctx.random;
  const account = ctx.shared(ACCOUNT_KEY, () => new LambdaAccount(ctx.flow));
  const reserved = s.reservedConcurrentExecutions;
  const m = ctx.metrics;
  // One request per environment: concurrency and busy environments are the same level.
  const concurrency = m.gauge('concurrency');
  m.aliasGauge('environmentsBusy', concurrency);
  const pool = new EnvironmentPool(
    ctx.run.environmentKeepAliveSeconds * 1000,
    Math.min(s.provisionedConcurrency, reserved ?? Infinity),
    {
      total: m.gauge('environments'),
      busy: concurrency,
      idle: m.gauge('environmentsIdle'),
    },
  );
  const invocations = m.counter('invocations');
  const errors = m.counter('errors');
  const throttles = m.counter('throttles');
  m.counter('rejections'); // listed even when 0 (callers add to it)
  const coldStarts = m.counter('coldStarts');
  const cost = m.counter('costUsd');
  const duration = m.histogram('duration');
  const initHist = m.histogram('initDuration');
  const drawInit = sampler(s.initDuration ?? defaultInitDuration(s));
  const drawDuration = sampler(s.duration);
  const factor = durationFactor(s);
  const timeoutMs = s.timeout * 1000;
  const seed = hashString(`${node.id}\u0000requestId`, ctx.seed);
  const arn = functionArn(ctx.run.region, ctx.run.accountId, node.id);
  const invs: (Invocation | undefined)[] = [];
  const free: number[] = [];
  let requestNo = 0;
  /** Invocations whose code runs, by request id: their SDK calls find them here. */
  const running = new Map<string, Invocation>();
  if (ctx.handlers.active)
    ctx.handlers.serveSdk((call, answer) => serveSdkCall(ctx, running.get(call.requestId), call, answer));

  if (s.provisionedConcurrency > (reserved ?? Infinity)) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: node.id,
      setting: 'provisionedConcurrency',
      message:
        'Provisioned concurrency must not exceed reserved concurrency; it is capped at the reservation.',
    });
  }
  if (account.overReserved) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: node.id,
      setting: 'reservedConcurrentExecutions',
      message: 'Reservations leave fewer than 100 unreserved executions, which AWS refuses.',
    });
  }

  // Set by admit() for the environment it returns (no object per request on the hot path).
  let admittedCold = false;
  let admittedPooled = false;

  /** Admits a request (returns its environment) or says which limit throttled it. */
  function admit(now: number): number | ThrottleLimit {
    pool.reclaim(now);
    if (reserved !== null && pool.busy >= reserved) return 'reserved';
    admittedCold = false;
    admittedPooled = false;
    // Provisioned environments were allocated up front: they need no room in the shared pool.
    const provisioned = pool.takeProvisioned(now);
    if (provisioned !== 0) return provisioned;
    if (reserved === null && account.unreservedInUse >= account.unreservedPool) return 'account';
    let env = pool.takeWarm(now);
    if (env === 0) {
      if (!pool.takeScalingToken(now)) return 'scaling-rate';
      env = pool.create(now);
      admittedCold = true;
    }
    if (reserved === null) {
      account.unreservedInUse++;
      admittedPooled = true;
    }
    return env;
  }

  /** Starts the request on an environment, or throttles it; returns the limit hit, if any. */
  function invoke(
    message: SimMessage,
    reply: ReplyFn | null,
    ev: AsyncEvent | null,
    attempt: number,
  ): ThrottleLimit | null {
    const now = ctx.now();
    const got = admit(now);
    const no = ev ? ev.requestNo : requestNo++;
    if (typeof got === 'string') {
      throttles.add(now);
      if (ctx.wantsSpan(message.traceId, true))
        ctx.record(throttleSpan(ctx, message, got, ev ? 'Event' : 'RequestResponse', attempt));
      return got;
    }
    const initMs = admittedCold ? Math.min(INIT_CAP_MS, drawInit(r)) : 0;
    const declaredMs = drawDuration(r) * factor;
    const failed = s.errorRate > 0 && r.next() < s.errorRate;
    const inv: Invocation = {
      message,
      reply,
      async: ev,
      requestNo: no,
      attempt,
      env: got,
      cold: admittedCold,
      pooled: admittedPooled,
      start: now,
      initMs,
      declaredMs,
      handlerMs: Math.min(declaredMs, timeoutMs),
      outcome: declaredMs >= timeoutMs ? 'timeout' : failed ? 'error' : 'ok',
      value: ctx.handlers.active ? null : MODEL_RESULT,
      error: null,
      logs: [],
      spanId: ctx.newSpanId(),
    };
    const id = free.pop() ?? invs.length;
    invs[id] = inv;
    const handlerStart = now + initMs;
    if (!ctx.handlers.active) {
      ctx.schedule(initMs + inv.handlerMs, COMPLETE, id);
      return null;
    }
    const request = buildInvokeRequest(
      ctx,
      inv,
      requestIdOf(seed, no),
      arn,
      handlerStart,
      handlerStart + timeoutMs,
    );
    inv.requestId = request.requestId;
    running.set(request.requestId, inv);
    ctx.handlers.invoke(request, handlerStart + inv.handlerMs, COMPLETE, id, (result) =>
      applyResult(inv, result, failed, handlerStart),
    );
    return null;
  }

  /** Folds the code's result into the invocation; returns its completion time. */
  function applyResult(
    inv: Invocation,
    result: InvokeResult | null,
    failed: boolean,
    handlerStart: number,
  ): number {
    if (!result) return handlerStart + inv.handlerMs;
    const spent = inv.declaredMs + Math.max(0, result.extraMs);
    inv.handlerMs = Math.min(spent, timeoutMs);
    inv.logs = result.logs;
    if (spent >= timeoutMs || result.outcome === 'timeout') inv.outcome = 'timeout';
    else if (result.outcome === 'crash') {
      inv.outcome = 'crash';
      inv.error = result.error ?? null;
    } else if (failed) inv.outcome = 'error';
    else {
      inv.outcome = result.outcome;
      inv.value = result.value;
      inv.error = result.error ?? null;
    }
    return handlerStart + inv.handlerMs;
  }

  function complete(id: number): void {
    const inv = invs[id]!;
    invs[id] = undefined;
    free.push(id);
    if (inv.requestId) running.delete(inv.requestId);
    const now = ctx.now();
    pool.reclaim(now);
    pool.release(now, inv.env, inv.outcome === 'timeout' || inv.outcome === 'crash');
    if (inv.pooled) account.unreservedInUse--;
    if (inv.outcome === 'timeout')
      inv.error = timeoutError(s.timeout, new Date(ctx.startEpochMs + now).toISOString());
    else if (inv.outcome !== 'ok' && !inv.error)
      inv.error =
        inv.outcome === 'error' ? DECLARED_ERROR : { type: 'Runtime.ExitError', message: 'Runtime exited' };
    invocations.add(now);
    if (inv.outcome !== 'ok') errors.add(now);
    if (inv.cold) {
      coldStarts.add(now);
      initHist.record(now, inv.initMs);
    }
    duration.record(now, inv.handlerMs);
    const billed = billedMs(inv.initMs, inv.handlerMs);
    cost.add(now, invocationCost(billed, s.memorySize, s.architecture));
    if (ctx.wantsSpan(inv.message.traceId, inv.outcome !== 'ok')) {
      ctx.record(
        invokeSpan(
          ctx,
          inv,
          requestIdOf(seed, inv.requestNo),
          billed,
          inv.async ? 'Event' : 'RequestResponse',
        ),
      );
    }
    if (inv.async) asyncInvoker.done(inv.async, inv);
    else {
      inv.reply!(replyOf(inv));
      ctx.traceClose(inv.message.traceId);
    }
  }

  const asyncInvoker = new AsyncInvoker(
    ctx,
    s,
    arn,
    (ev) => invoke(ev.message, null, ev, ev.runs + ev.throttles + 1),
    () => requestNo++,
    seed,
  );

  return {
    receive(inbound: Inbound) {
      ctx.traceOpen(inbound.message.traceId);
      if (inbound.mode === 'async') return asyncInvoker.accept(inbound.message);
      const limit = invoke(inbound.message, inbound.reply, null, inbound.attempt);
      if (limit) {
        inbound.reply!({
          status: 429,
          error: { ...THROTTLE_ERROR },
          body: { Reason: throttleReason(limit) },
          spanId: null,
        });
        ctx.traceClose(inbound.message.traceId);
      }
    },
    invokeDirect(event) {
      // No producer: the trace is not tracked end to end, and the reply reaches no caller.
      const message: SimMessage = {
        traceId: ctx.newTrace(),
        parentSpanId: null,
        originIndex: ctx.index,
        payload: { get: () => event },
      };
      const no = requestNo;
      return invoke(message, () => undefined, null, 1) === null ? requestIdOf(seed, no) : null;
    },
    onEvent(code, arg, payload) {
      if (code === COMPLETE) complete(arg);
      else if (code === ASYNC_RETRY) asyncInvoker.retry(payload as AsyncEvent);
    },
    finish(endMs) {
      pool.reclaim(endMs);
    },
    summary() {
      const inv = invocations.total;
      return {
        costUsd: cost.total,
        derived: { coldStartShare: inv > 0 ? coldStarts.total / inv : 0, environmentsCreated: pool.created },
      };
    },
  };
}
