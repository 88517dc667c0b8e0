import type { FunctionCode, InvokeRequest, InvokeResult } from '../protocol/messages';
import type { HandlerPool } from './pool';

/** Builds an invoke request the way the core does (tests and benchmarks). */
export function testRequest(over: Partial<InvokeRequest> & { requestId: string }): InvokeRequest {
  const fn = over.functionId ?? 'fn';
  const env = over.environmentId ?? 1;
  return {
    functionId: fn,
    environmentId: env,
    coldStart: true,
    event: {},
    context: {
      functionName: fn,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${fn}`,
      memoryLimitInMB: 128,
      awsRequestId: over.requestId,
      logGroupName: `/aws/lambda/${fn}`,
      logStreamName: `env-${env}`,
    },
    startMs: 1000,
    deadlineMs: 4000,
    declaredMs: 40,
    ...over,
  };
}

export function testCode(
  code: string,
  functionId = 'fn',
  environment: Record<string, string> = {},
): FunctionCode {
  return { functionId, code, handler: 'index.handler', environment };
}

/** Submits requests and waits for all their results, by request id. */
export async function invokeAll(
  pool: HandlerPool,
  requests: InvokeRequest[],
): Promise<Map<string, InvokeResult>> {
  const out = new Map<string, InvokeResult>();
  pool.submit(requests);
  while (out.size < requests.length) {
    const got = await pool.next();
    if (got.length === 0 && pool.outstanding === 0) break;
    for (const r of got) out.set(r.requestId, r);
  }
  return out;
}
