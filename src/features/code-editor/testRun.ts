import type { Flow } from '../../model';
import { functionCodes } from '../../runtime/driver';
import type { HandlerPool } from '../../runtime/pool';
import {
  createSimulation,
  DEFAULT_START_TIME,
  type InvokeRequest,
  type InvokeResult,
  type SdkAnswer,
  type TraceRecord,
} from '../../sim';
import { readReport } from './report';
import type { TestOutcome } from '../../store';

/** What the Test loop needs of a handler pool (the browser's, or a scripted one in tests). */
export type TestPool = Pick<
  HandlerPool,
  'beginRun' | 'submit' | 'answer' | 'next' | 'takeWaits' | 'outstanding'
>;

type InvokeSpan = Extract<TraceRecord, { type: 'function.invoke' }>;

/** Virtual ms per slice between two yields to the host. */
const SLICE_MS = 1000;

/**
 * Runs `flow` (see testFlow) with one synchronous invocation of `functionId` with `event`
 * at virtual 0, handing its invocations and SDK answers to `pool` as the driver does, and
 * stops once that invocation has ended. Yields to the host between slices and whenever
 * the pool had nothing new, so the page stays responsive.
 */
export async function runTest(
  pool: TestPool,
  flow: Flow,
  functionId: string,
  event: unknown,
  yieldToHost: () => Promise<void>,
): Promise<TestOutcome> {
  let span: InvokeSpan | null = null;
  let requestId: string | null = null;
  const sim = createSimulation(flow, {
    runner: { type: 'external' },
    onSpan: (s) => {
      if (s.type === 'function.invoke' && s.requestId === requestId) span = s;
    },
  });
  pool.beginRun(
    { seed: flow.run.seed, startEpochMs: Date.parse(DEFAULT_START_TIME), platformLines: false },
    functionCodes(flow),
  );
  requestId = sim.invokeNow(functionId, event);
  if (requestId === null) throw new Error('the function was throttled (reserved concurrency 0?)');
  let request: InvokeRequest | null = null;
  let result: InvokeResult | null = null;
  while (span === null) {
    const step = sim.advance(Math.min(sim.endMs, sim.now() + SLICE_MS));
    const requests: InvokeRequest[] = [];
    const answers: SdkAnswer[] = [];
    for (const e of sim.takeEffects()) {
      if (e.type === 'sdk') answers.push(e.answer);
      else {
        requests.push(e.request);
        if (e.request.requestId === requestId) request = e.request;
      }
    }
    if (requests.length > 0) pool.submit(requests);
    if (answers.length > 0) pool.answer(answers);
    if (span !== null || step.state === 'done') break;
    if (step.state !== 'blocked') {
      await yieldToHost();
      continue;
    }
    if (pool.outstanding === 0)
      throw new Error('the simulation waits for an invocation the sandbox does not know');
    const got = await pool.next();
    for (const r of got) {
      if (r.requestId === requestId) result = r;
      sim.deliver(r);
    }
    const waits = pool.takeWaits();
    for (const w of waits) sim.sdkWait(w.requestId, w.calls);
    if (got.length === 0 && waits.length === 0) await yieldToHost();
  }
  return outcomeOf(span, result, request);
}

function outcomeOf(
  span: InvokeSpan | null,
  result: InvokeResult | null,
  request: InvokeRequest | null,
): TestOutcome {
  if (!span) throw new Error('the invocation did not end within the test run');
  const s: InvokeSpan = span;
  const outcome = s.status === 'ok' || s.status === 'timeout' || s.status === 'crash' ? s.status : 'error';
  return {
    requestId: s.requestId,
    outcome,
    ...(outcome === 'ok' ? { value: result?.value } : {}),
    ...(s.error ? { error: s.error } : {}),
    logs: s.logs,
    report: readReport(s.logs),
    coldStart: s.coldStart,
    declaredMs: request?.declaredMs ?? 0,
    sdkCalls: s.sdkCalls,
  };
}
