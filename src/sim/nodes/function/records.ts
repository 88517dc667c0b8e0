import type { NodeContext, Reply, SimMessage } from '../../core/types';
import {
  previewPayload,
  type InvocationType,
  type ThrottleLimit,
  type TraceRecord,
} from '../../records/trace';
import type { InvokeRequest } from '../../runner';
import type { Invocation } from './invocation';
import { endLine, reportLine, startLine } from '../../records/logLines';

/** The request the handler runner gets (event, context, timing). */
export function buildInvokeRequest(
  ctx: NodeContext,
  inv: Invocation,
  requestId: string,
  arn: string,
  startMs: number,
  deadlineMs: number,
): InvokeRequest {
  const name = ctx.node.id;
  const memory = ctx.node.kind === 'function' ? ctx.node.settings.memorySize : 128;
  return {
    requestId,
    functionId: name,
    environmentId: inv.env,
    coldStart: inv.cold,
    event: inv.message.payload.get(),
    context: {
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: arn,
      memoryLimitInMB: memory,
      awsRequestId: requestId,
      logGroupName: `/aws/lambda/${name}`,
      logStreamName: `env-${inv.env}`,
    },
    startMs,
    deadlineMs,
    declaredMs: inv.declaredMs,
    initMs: inv.initMs,
  };
}

/** What a synchronous caller gets back, as Lambda's Invoke API answers. */
export function replyOf(inv: Invocation): Reply {
  if (inv.outcome === 'ok') return { status: 200, body: inv.value, spanId: inv.spanId };
  const e = inv.error!;
  return {
    status: 200,
    functionError: 'Unhandled',
    body: { errorType: e.type, errorMessage: e.message, trace: e.stack ? e.stack.split('\n') : [] },
    error: e,
    spanId: inv.spanId,
  };
}

export function invokeSpan(
  ctx: NodeContext,
  inv: Invocation,
  requestId: string,
  billed: number,
  invocationType: InvocationType,
): TraceRecord {
  return {
    type: 'function.invoke',
    spanId: inv.spanId,
    traceId: inv.message.traceId,
    parentSpanId: inv.message.parentSpanId,
    nodeId: ctx.node.id,
    kind: ctx.node.kind,
    start: inv.start,
    end: ctx.now(),
    status:
      inv.outcome === 'ok'
        ? 'ok'
        : inv.outcome === 'timeout'
          ? 'timeout'
          : inv.outcome === 'crash'
            ? 'crash'
            : 'error',
    attempt: inv.attempt,
    payload: previewPayload(inv.message.payload.get()),
    logs: ctx.handlers.active ? withPlatformLines(ctx, inv, requestId, billed) : inv.logs,
    error: inv.error,
    invocationType,
    requestId,
    environmentId: inv.env,
    coldStart: inv.cold,
    initMs: inv.initMs,
    durationMs: inv.handlerMs,
    billedMs: billed,
    sdkCalls: inv.sdkCalls ?? [],
  };
}

/** The code's lines inside START / END / REPORT, as CloudWatch shows them (modeled figures: same every run). */
function withPlatformLines(ctx: NodeContext, inv: Invocation, requestId: string, billed: number): string[] {
  const memory = ctx.node.kind === 'function' ? ctx.node.settings.memorySize : 128;
  const crash = inv.outcome === 'crash';
  return [
    startLine(requestId),
    ...inv.logs,
    endLine(requestId),
    reportLine({
      requestId,
      durationMs: inv.handlerMs,
      billedMs: billed,
      memorySizeMb: memory,
      maxMemoryUsedMb: null,
      initMs: inv.cold ? inv.initMs : null,
      ...(inv.outcome === 'timeout'
        ? { status: 'timeout' as const }
        : crash
          ? { status: 'error' as const, errorType: inv.error?.type ?? 'Runtime.ExitError' }
          : {}),
    }),
  ];
}

export function throttleSpan(
  ctx: NodeContext,
  message: SimMessage,
  limit: ThrottleLimit,
  invocationType: InvocationType,
  attempt: number,
): TraceRecord {
  const now = ctx.now();
  return {
    type: 'function.throttle',
    spanId: ctx.newSpanId(),
    traceId: message.traceId,
    parentSpanId: message.parentSpanId,
    nodeId: ctx.node.id,
    kind: ctx.node.kind,
    start: now,
    end: now,
    status: 'throttled',
    attempt,
    payload: null,
    logs: [],
    error: { type: 'TooManyRequestsException', message: `Rate Exceeded. (${throttleReason(limit)})` },
    invocationType,
    limit,
    reason: throttleReason(limit),
  };
}

/** The Reason Lambda gives in a TooManyRequestsException. */
export function throttleReason(limit: ThrottleLimit): string {
  return limit === 'reserved'
    ? 'ReservedFunctionConcurrentInvocationLimitExceeded'
    : 'ConcurrentInvocationLimitExceeded';
}
