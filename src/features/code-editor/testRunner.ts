import type { NodeOfKind } from '../../model';
import { createBrowserHandlerPool, type BrowserHandlerPool } from '../../runtime/browser/browserPool';
import { handlerWorkerSource } from '../../runtime/browser/handlerWorkerSource';
import { distributionMedian } from '../../sim/core/distribution';
import { readReport } from './report';
import type { TestOutcome } from './testOutcome';

let pool: Promise<BrowserHandlerPool> | null = null;
/** The environment the last test ran in: same function and code again = a warm start. */
let warm: { key: string; env: number; epoch: number } | null = null;
let envSeq = 0;

function getPool(): Promise<BrowserHandlerPool> {
  pool ??= handlerWorkerSource().then((source) => createBrowserHandlerPool(source, { size: 1 }));
  pool.catch(() => (pool = null));
  return pool;
}

/**
 * Invokes one function alone in the sandboxed worker pool, as the Lambda console's Test
 * does: the same code again reuses the warm environment, changed code starts a new one.
 */
export async function runFunctionTest(
  node: NodeOfKind<'function'>,
  code: string,
  event: unknown,
): Promise<TestOutcome> {
  const s = node.settings;
  const fn = { functionId: node.id, code, handler: s.handler, environment: s.environment };
  const key = JSON.stringify([fn, s.memorySize, s.timeout]);
  const { pool: p } = await getPool();
  const coldStart = warm?.key !== key;
  if (coldStart) {
    const epoch = Date.now();
    p.beginRun({ seed: 1, startEpochMs: epoch }, [fn]);
    warm = { key, env: ++envSeq, epoch };
  }
  const env = warm!;
  const requestId = crypto.randomUUID();
  const startMs = Date.now() - env.epoch;
  const declaredMs = Math.round(distributionMedian(s.duration) * 100) / 100;
  p.submit([
    {
      requestId,
      functionId: node.id,
      environmentId: env.env,
      coldStart,
      event,
      context: {
        functionName: node.id,
        functionVersion: '$LATEST',
        memoryLimitInMB: s.memorySize,
        awsRequestId: requestId,
        invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${node.id}`,
        logGroupName: `/aws/lambda/${node.id}`,
        logStreamName: `test-env-${env.env}`,
      },
      startMs,
      deadlineMs: startMs + s.timeout * 1000,
      declaredMs,
    },
  ]);
  let got: Awaited<ReturnType<typeof p.next>> = [];
  try {
    while (got.length === 0) {
      got = await p.next();
      if (got.length === 0 && p.outstanding === 0) throw new Error('the worker gave no result');
    }
  } catch (e) {
    warm = null;
    throw e;
  }
  const r = got.find((x) => x.requestId === requestId) ?? got[0]!;
  // A timeout or a crash ends the environment, as on Lambda.
  if (r.outcome === 'timeout' || r.outcome === 'crash') warm = null;
  return {
    outcome: r.outcome,
    value: r.value,
    error: r.error,
    logs: r.logs,
    report: readReport(r.logs),
    coldStart,
    declaredMs,
  };
}
