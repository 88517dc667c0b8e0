import type { ErrorInfo } from './messages';

/** Joins one invocation's log records in a result message (a record may span lines). */
export const LOG_SEPARATOR = '\u001e';

/** The platform lines CloudWatch shows around an invocation (Node.js runtime, text format). */
export interface ReportFigures {
  requestId: string;
  durationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number | null;
  initMs: number | null;
  status?: 'timeout' | 'error';
  errorType?: string;
}

export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

export function reportLine(f: ReportFigures): string {
  let line = `REPORT RequestId: ${f.requestId}\tDuration: ${fixed2(f.durationMs)} ms\tBilled Duration: ${Math.ceil(f.durationMs - 1e-9)} ms\tMemory Size: ${f.memorySizeMb} MB`;
  if (f.maxMemoryUsedMb !== null) line += `\tMax Memory Used: ${f.maxMemoryUsedMb} MB`;
  if (f.initMs !== null) line += `\tInit Duration: ${fixed2(f.initMs)} ms`;
  if (f.status) line += `\tStatus: ${f.status}`;
  if (f.errorType) line += `\tError Type: ${f.errorType}`;
  return line;
}

/** x.toFixed(2) for non-negative x, without toFixed's cost (it shows in the hot path). */
export function fixed2(x: number): string {
  const cents = Math.round(x * 100);
  if (!Number.isSafeInteger(cents) || cents < 0) return x.toFixed(2);
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

export function initReportLine(initMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${fixed2(initMs)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}`;
}

/** `Invoke Error` (the handler threw or rejected) or `Uncaught Exception` (init, timers). */
export function errorLine(iso: string, requestId: string, label: 'Invoke Error' | 'Uncaught Exception', e: ErrorInfo): string {
  return `${iso}\t${requestId}\tERROR\t${label} \t${errorJson(e)}`;
}

export function timeoutLine(iso: string, requestId: string, timeoutSec: number): string {
  return `${iso} ${requestId} Task timed out after ${timeoutSec.toFixed(2)} seconds`;
}

/** The JSON the Node runtime writes after "Invoke Error" / "Uncaught Exception". */
export function errorJson(e: ErrorInfo): string {
  return JSON.stringify({ errorType: e.type, errorMessage: e.message, stack: e.stack ? e.stack.split('\n') : [] });
}
