import type { InvokeColumns, InvokeContext, InvokeRequest, ResultColumns, WorkerResult } from './messages';

export function emptyInvokeColumns(): InvokeColumns {
  return {
    ids: [],
    requestIds: [],
    functionIds: [],
    environmentIds: [],
    coldStarts: [],
    events: [],
    times: [],
    contexts: [],
  };
}

/** Appends one request; `context` only when the worker has not seen this environment. */
export function pushInvoke(c: InvokeColumns, id: number, r: InvokeRequest, sendContext: boolean): void {
  c.ids.push(id);
  c.requestIds.push(r.requestId);
  c.functionIds.push(r.functionId);
  c.environmentIds.push(r.environmentId);
  c.coldStarts.push(r.coldStart);
  c.events.push(r.event);
  c.times.push(r.startMs, r.deadlineMs, r.declaredMs, r.initMs ?? 0);
  c.contexts.push(sendContext || r.context.awsRequestId !== r.requestId ? r.context : null);
}

/** Row `i` as a request; `known` gives the environment's context when the row carries none. */
export function invokeAt(
  c: InvokeColumns,
  i: number,
  known: (fnId: string, envId: number) => InvokeContext | undefined,
): InvokeRequest | null {
  const requestId = c.requestIds[i]!;
  const functionId = c.functionIds[i]!;
  const environmentId = c.environmentIds[i]!;
  const own = c.contexts[i];
  const context = own ?? known(functionId, environmentId);
  if (!context) return null;
  // A row without a context reuses its environment's: one request at a time runs on an
  // environment, so updating the request id in place is safe and saves a copy per call.
  if (!own) context.awsRequestId = requestId;
  const t = i * 4;
  return {
    requestId,
    functionId,
    environmentId,
    coldStart: c.coldStarts[i]!,
    event: c.events[i],
    context,
    startMs: c.times[t]!,
    deadlineMs: c.times[t + 1]!,
    declaredMs: c.times[t + 2]!,
    initMs: c.times[t + 3]!,
  };
}

export function resultColumns(results: WorkerResult[]): ResultColumns {
  const c: ResultColumns = {
    ids: [],
    outcomes: [],
    values: [],
    errors: [],
    extraMs: [],
    logs: [],
    initMs: [],
  };
  for (const r of results) {
    c.ids.push(r.id);
    c.outcomes.push(r.outcome);
    c.values.push(r.value);
    c.errors.push(r.error ?? null);
    c.extraMs.push(r.extraMs);
    c.logs.push(r.logs);
    c.initMs.push(r.initMeasuredMs ?? -1);
  }
  return c;
}
