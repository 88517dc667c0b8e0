import type { ErrorInfo } from './messages';
// A deep import on purpose: the handler worker bundles this file, and the sim's index would
// pull the whole simulation into it (eslint/layers.js allows this one path).
import { fixed2 } from '../sim/records/logLines';

// The platform lines (START, END, REPORT) live in the core, which writes them for the spans
// it keeps; the worker writes them only when asked (a single Test invocation).
export { endLine, fixed2, reportLine, startLine, type ReportFigures } from '../sim/records/logLines';

/** Joins one invocation's log records in a result message (a record may span lines). */
export const LOG_SEPARATOR = '\u001e';

export function initReportLine(initMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${fixed2(initMs)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}`;
}

/** `Invoke Error` (the handler threw or rejected) or `Uncaught Exception` (init, timers). */
export function errorLine(
  iso: string,
  requestId: string,
  label: 'Invoke Error' | 'Uncaught Exception',
  e: ErrorInfo,
): string {
  return `${iso}\t${requestId}\tERROR\t${label} \t${errorJson(e)}`;
}

export function timeoutLine(iso: string, requestId: string, timeoutSec: number): string {
  return `${iso} ${requestId} Task timed out after ${timeoutSec.toFixed(2)} seconds`;
}

/** The JSON the Node runtime writes after "Invoke Error" / "Uncaught Exception". */
export function errorJson(e: ErrorInfo): string {
  return JSON.stringify({
    errorType: e.type,
    errorMessage: e.message,
    stack: e.stack ? e.stack.split('\n') : [],
  });
}
