import type { ErrorInfo } from './records/trace';

/**
 * The handler-runner boundary. The core emits an InvokeRequest when an invocation starts
 * (after INIT on a cold start) and is later given an InvokeResult. The workers of the
 * runtime implement it; tests use an inline runner that answers at once.
 */
export interface InvokeRequest {
  requestId: string;
  functionId: string;
  /** Environment id, unique per function within the run: module state lives as long as it. */
  environmentId: number;
  coldStart: boolean;
  event: unknown;
  context: {
    functionName: string;
    functionVersion: string;
    invokedFunctionArn: string;
    memoryLimitInMB: number;
    awsRequestId: string;
    logGroupName: string;
    logStreamName: string;
  };
  /** Virtual ms when the handler starts (after INIT). */
  startMs: number;
  /** Virtual ms when the function times out. */
  deadlineMs: number;
  /** The declared work (duration model) already drawn for this call, in ms. */
  declaredMs: number;
  /** The modeled INIT that ran before this call (cold starts; 0 when warm), ms: REPORT's Init Duration. */
  initMs?: number;
}

/** One AWS SDK call as the function's span shows it. */
export interface SdkCall {
  /** The SDK's service id: sqs, sns, eventbridge, dynamodb, s3, kinesis, lambda. */
  service: string;
  operation: string;
  /** The resource as the code named it (name, ARN or URL). */
  resource: string;
  targetNodeId: string | null;
  /** Virtual ms the call started. */
  start: number;
  /** Virtual ms until the answer (the service's latency). */
  ms: number;
  status: 'ok' | 'error' | 'denied';
  error: ErrorInfo | null;
}

/**
 * A call handler code made through an SDK shim, reported when the invocation waits for it.
 * `atMs` is the environment's virtual clock (never before the core's barrier for it).
 */
export interface SdkCallRequest {
  requestId: string;
  /** 1, 2, ... per invocation, in the order the code made them. */
  callId: number;
  service: string;
  operation: string;
  input: unknown;
  atMs: number;
}

/** What a service answered to one call: its output, or an error as the SDK throws it. */
export interface SdkReply {
  output?: unknown;
  error?: ErrorInfo & { status: number };
}

/** The answer the runner hands back to the invocation: its clock moves to `atMs`. */
export interface SdkAnswer extends SdkReply {
  requestId: string;
  callId: number;
  /** Virtual ms of the answer (call time + latency). */
  atMs: number;
  latencyMs: number;
}

export interface InvokeResult {
  requestId: string;
  outcome: 'ok' | 'error' | 'timeout' | 'crash';
  value?: unknown;
  error?: ErrorInfo;
  /** Virtual ms spent in the code beyond the declared duration (timers, SDK calls). */
  extraMs: number;
  logs: string[];
  sdkCalls: SdkCall[];
}

/** A runner that answers inside the call (tests, simple scripted handlers). */
export interface InlineRunner {
  type: 'inline';
  run(request: InvokeRequest): InvokeResult;
}

/** Results come later through Simulation.deliver(); requests leave through takeEffects(). */
export interface ExternalRunner {
  type: 'external';
}

export type HandlerRunner = InlineRunner | ExternalRunner;

/** What a plain test handler returns: a value or an error (or it throws), and extra virtual ms. */
export type PlainHandler = (
  event: unknown,
  request: InvokeRequest,
) => { value?: unknown; error?: ErrorInfo; extraMs?: number; logs?: string[] };

/** An inline runner from plain functions by function node id (others answer `null`). */
export function inlineRunner(handlers: Record<string, PlainHandler>): InlineRunner {
  return {
    type: 'inline',
    run(request) {
      const h = handlers[request.functionId];
      if (!h)
        return {
          requestId: request.requestId,
          outcome: 'ok',
          value: null,
          extraMs: 0,
          logs: [],
          sdkCalls: [],
        };
      let r: ReturnType<PlainHandler>;
      try {
        r = h(request.event, request);
      } catch (e) {
        // A throwing handler is a function error, as in the Lambda runtime.
        const err =
          e instanceof Error
            ? { type: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) }
            : { type: 'Error', message: String(e) };
        r = { error: err };
      }
      return {
        requestId: request.requestId,
        outcome: r.error ? 'error' : 'ok',
        value: r.value,
        ...(r.error ? { error: r.error } : {}),
        extraMs: r.extraMs ?? 0,
        logs: r.logs ?? [],
        sdkCalls: [],
      };
    },
  };
}
