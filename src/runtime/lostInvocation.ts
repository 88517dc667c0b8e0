import { endLine, reportLine, startLine, timeoutLine, type ReportFigures } from '../protocol/logLines';
import type { InvokeRequest, InvokeResult, RunConfig } from '../protocol/messages';

/**
 * The result of an invocation whose worker had to be stopped (the watchdog: it ran past
 * its time) or died (out of memory, crash). The code's own log lines died with the worker.
 */
export function lostInvocation(
  r: InvokeRequest,
  run: RunConfig,
  kind: 'timeout' | 'crash',
  reason: string,
): InvokeResult {
  const iso = (ms: number) => new Date(run.startEpochMs + ms).toISOString();
  const timeoutMs = r.deadlineMs - r.startMs;
  if (kind === 'timeout') {
    return {
      requestId: r.requestId,
      outcome: 'timeout',
      extraMs: Math.max(0, timeoutMs - r.declaredMs),
      logs: platform(run, r, [timeoutLine(iso(r.deadlineMs), r.requestId, timeoutMs / 1000)], {
        durationMs: timeoutMs,
        maxMemoryUsedMb: null,
        status: 'timeout',
      }),
      sdkCalls: [],
    };
  }
  const message = `RequestId: ${r.requestId} Error: Runtime exited with error: ${reason}`;
  const durationMs = Math.min(r.declaredMs, timeoutMs);
  return {
    requestId: r.requestId,
    outcome: 'crash',
    error: { type: 'Runtime.ExitError', message },
    extraMs: 0,
    logs: platform(
      run,
      r,
      [`${iso(r.startMs + durationMs)}\t${r.requestId}\tERROR\t${message}\tRuntime.ExitError`],
      {
        durationMs,
        maxMemoryUsedMb: r.context.memoryLimitInMB,
        status: 'error',
        errorType: 'Runtime.ExitError',
      },
    ),
    sdkCalls: [],
  };
}

/** The lines inside START / END / REPORT when the worker would have written those (see RunConfig.platformLines). */
function platform(
  run: RunConfig,
  r: InvokeRequest,
  lines: string[],
  f: Omit<ReportFigures, 'requestId' | 'memorySizeMb' | 'initMs'>,
): string[] {
  if (run.platformLines === false) return lines;
  return [
    startLine(r.requestId),
    ...lines,
    endLine(r.requestId),
    reportLine({ requestId: r.requestId, memorySizeMb: r.context.memoryLimitInMB, initMs: null, ...f }),
  ];
}
