// What every run of the core with handler code needs, whoever drives it (the CLI's
// runSimulation, the app's run controller): handing effects to the pool, noting invocations
// real time had to stop, yielding to the host.
import type { Effect, InvokeRequest, RunWarning, SdkAnswer } from '../sim';
import type { HandlerPool, PoolResult } from './pool';

export type WallClockStop = NonNullable<PoolResult['wallClockStop']> & { requestId: string; count: number };

export function noteStop(
  stops: Map<string, WallClockStop>,
  stop: NonNullable<PoolResult['wallClockStop']>,
  r: PoolResult,
): void {
  const seen = stops.get(stop.functionId);
  if (seen) seen.count++;
  else stops.set(stop.functionId, { ...stop, requestId: r.requestId, count: 1 });
}

/** The run must say when real time, not the model, ended an invocation: it may differ between machines. */
export function stopWarning(s: WallClockStop): RunWarning {
  const more = s.count > 1 ? ` (${s.count} invocations were stopped this way)` : '';
  return {
    type: 'wall-clock-stop',
    nodeId: s.functionId,
    requestId: s.requestId,
    count: s.count,
    message:
      `Request ${s.requestId} held its worker for ${s.capMs / 1000} s of real time without returning (a busy loop?), ` +
      `so the worker was stopped. It is reported as a timeout at its virtual deadline, but the function's timeout did not end it${more}.`,
  };
}

/** Invoke requests go to the workers in one submit; SDK answers in one message per worker. */
export function handOut(effects: Effect[], pool: HandlerPool): void {
  if (effects.length === 0) return;
  const requests: InvokeRequest[] = [];
  const answers: SdkAnswer[] = [];
  for (const e of effects) {
    if (e.type === 'invoke') requests.push(e.request);
    else answers.push(e.answer);
  }
  if (requests.length > 0) pool.submit(requests);
  if (answers.length > 0) pool.answer(answers);
}

/** One macrotask, without the 4 ms clamp browsers put on nested setTimeout(0). */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
