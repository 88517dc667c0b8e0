import type { NodeContext, Reply, SimMessage } from '../../core/types';
import type { SdkCall, SdkCallRequest, SdkReply } from '../../runner';
import type { Invocation } from './invocation';
import { resolveTarget, resourceOf } from './sdkTargets';

type Input = Record<string, unknown>;
type Answer = (reply: SdkReply) => void;

const bad = (type: string, message: string, status = 400): SdkReply => ({ error: { type, message, status } });

/**
 * Serves one SDK call of `inv`: checks the function may reach the resource (else IAM's
 * AccessDeniedException), delivers the request the target node reads as a synchronous
 * call (child span of the function's span), and answers with the service's output or error.
 */
export function serveSdkCall(
  ctx: NodeContext,
  inv: Invocation | undefined,
  call: SdkCallRequest,
  answer: Answer,
): void {
  const start = ctx.now();
  const resource = resourceOf(call);
  const target = resolveTarget(ctx, call);
  const done = (targetNodeId: string | null) => (reply: SdkReply) => {
    if (inv) {
      const record: SdkCall = {
        service: call.service,
        operation: call.operation,
        resource,
        targetNodeId,
        start,
        ms: ctx.now() - start,
        status: !reply.error ? 'ok' : reply.error.type === 'AccessDeniedException' ? 'denied' : 'error',
        error: reply.error ? { type: reply.error.type, message: reply.error.message } : null,
      };
      (inv.sdkCalls ??= []).push(record);
    }
    answer(reply);
  };
  if (!inv) return answer(bad('InternalFailure', 'the invocation is no longer running', 500));
  if (target.type === 'unknown-service')
    return done(null)(bad('UnknownService', `${call.service} is not simulated`));
  if (target.type === 'denied') return done(null)(bad('AccessDeniedException', target.message, 403));
  const reply = done(target.name);
  const input = (call.input ?? {}) as Input;
  const message = (payload: unknown): SimMessage => ({
    traceId: inv.message.traceId,
    parentSpanId: inv.spanId,
    originIndex: inv.message.originIndex,
    payload: { get: () => payload },
  });
  const send = (payload: unknown, then: (r: Reply) => void) => ctx.call(target.out, message(payload), then);
  switch (call.service) {
    case 'sqs':
      if (call.operation === 'SendMessageBatch') return sendBatch(input, send, reply);
      return send(input, (r) => reply(plain(r)));
    case 'lambda':
      return invokeFunction(ctx, target.out, input, message, reply);
    case 'dynamodb':
    case 's3':
    case 'kinesis':
      return send({ operation: call.operation, params: input }, (r) => reply(plain(r)));
    default:
      return send(input, (r) => reply(plain(r)));
  }
}

/** A reply as the SDK sees it: the output, or the service's error code and message. */
function plain(r: Reply): SdkReply {
  if (r.status < 300) return { output: r.body ?? {} };
  const body = (r.body ?? {}) as Input;
  const type =
    r.error?.type ??
    (body.__type as string) ??
    (body.Code as string) ??
    (r.status === 501 ? 'NotImplemented' : 'ServiceException');
  const message =
    r.error?.message ?? (body.message as string) ?? (body.Message as string) ?? `status ${r.status}`;
  return { error: { type, message, status: r.status === 501 ? 501 : r.status } };
}

/** SendMessageBatch: SQS's checks on the batch, then each entry as its own SendMessage. */
function sendBatch(
  input: Input,
  send: (payload: unknown, then: (r: Reply) => void) => void,
  reply: Answer,
): void {
  const entries = Array.isArray(input.Entries) ? (input.Entries as Input[]) : [];
  if (entries.length === 0)
    return reply(
      bad(
        'AWS.SimpleQueueService.EmptyBatchRequest',
        'There should be at least one SendMessageBatchRequestEntry in the request.',
      ),
    );
  if (entries.length > 10)
    return reply(
      bad(
        'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
        `Maximum number of entries per request are 10. You have sent ${entries.length}.`,
      ),
    );
  const ids = entries.map((e) => e.Id);
  if (new Set(ids).size !== ids.length)
    return reply(
      bad('AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 'Id of the batch entries must be distinct.'),
    );
  const successful: Input[] = [];
  const failed: Input[] = [];
  let left = entries.length;
  for (const e of entries) {
    const { Id, ...rest } = e;
    send({ QueueUrl: input.QueueUrl, ...rest }, (r) => {
      const p = plain(r);
      if (p.error)
        failed.push({ Id, SenderFault: p.error.status < 500, Code: p.error.type, Message: p.error.message });
      else successful.push({ Id, ...(p.output as Input) });
      if (--left === 0) reply({ output: { Successful: successful, Failed: failed } });
    });
  }
}

/** Lambda Invoke: RequestResponse waits for the function, Event is accepted at once (202). */
function invokeFunction(
  ctx: NodeContext,
  out: Parameters<NodeContext['call']>[0],
  input: Input,
  message: (p: unknown) => SimMessage,
  reply: Answer,
): void {
  const type = (input.InvocationType as string | undefined) ?? 'RequestResponse';
  const payload = input.Payload === undefined ? {} : input.Payload;
  if (type === 'DryRun') return reply({ output: { StatusCode: 204 } });
  if (type === 'Event') {
    ctx.send(out, message(payload));
    return reply({ output: { StatusCode: 202 } });
  }
  if (type !== 'RequestResponse')
    return reply(
      bad(
        'InvalidParameterValueException',
        `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
      ),
    );
  ctx.call(out, message(payload), (r) => {
    if (r.status === 429)
      return reply({ error: { type: 'TooManyRequestsException', message: 'Rate Exceeded.', status: 429 } });
    if (r.status >= 300) return reply(plain(r));
    reply({
      output: {
        StatusCode: 200,
        ExecutedVersion: '$LATEST',
        ...(r.functionError ? { FunctionError: r.functionError } : {}),
        Payload: r.body ?? null,
      },
    });
  });
}
