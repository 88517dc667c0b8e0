// For the unit tests: invocation spans whose lines are in the exact format the core and the
// handler runtime write (sim/records/logLines.ts, handlers/environment.ts).
import type { InvokeSpan } from '../../runtime/run';
import { DEFAULT_START_TIME, endLine, reportLine, startLine } from '../../sim';

export const START_EPOCH = Date.parse(DEFAULT_START_TIME);

/** A console line as the Node.js runtime writes it: `<ISO>\t<requestId>\t<LEVEL>\t<message>`. */
export function consoleLine(atMs: number, requestId: string, level: string, message: string): string {
  return `${new Date(START_EPOCH + atMs).toISOString()}\t${requestId}\t${level}\t${message}`;
}

/** One invocation of `nodeId` from start to end ms, with the given console lines inside START/END/REPORT. */
export function invokeSpan(
  spanId: number,
  nodeId: string,
  start: number,
  end: number,
  lines: Array<[level: string, message: string, atMs?: number]> = [],
): InvokeSpan {
  const requestId = `00000000-0000-4000-8000-${String(spanId).padStart(12, '0')}`;
  return {
    type: 'function.invoke',
    spanId,
    traceId: spanId * 10,
    parentSpanId: null,
    nodeId,
    kind: 'function',
    start,
    end,
    status: 'ok',
    attempt: 1,
    payload: null,
    logs: [
      startLine(requestId),
      ...lines.map(([level, message, at]) => consoleLine(at ?? start, requestId, level, message)),
      endLine(requestId),
      reportLine({
        requestId,
        durationMs: end - start,
        memorySizeMb: 128,
        maxMemoryUsedMb: null,
        initMs: null,
      }),
    ],
    error: null,
    invocationType: 'RequestResponse',
    requestId,
    environmentId: 1,
    coldStart: false,
    initMs: 0,
    durationMs: end - start,
    billedMs: Math.ceil(end - start),
    sdkCalls: [],
  };
}
