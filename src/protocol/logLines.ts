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
  const parts = [
    `REPORT RequestId: ${f.requestId}`,
    `Duration: ${f.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${Math.ceil(f.durationMs - 1e-9)} ms`,
    `Memory Size: ${f.memorySizeMb} MB`,
  ];
  if (f.maxMemoryUsedMb !== null) parts.push(`Max Memory Used: ${f.maxMemoryUsedMb} MB`);
  if (f.initMs !== null) parts.push(`Init Duration: ${f.initMs.toFixed(2)} ms`);
  if (f.status) parts.push(`Status: ${f.status}`);
  if (f.errorType) parts.push(`Error Type: ${f.errorType}`);
  return parts.join('\t');
}

export function initReportLine(initMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${initMs.toFixed(2)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}`;
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
