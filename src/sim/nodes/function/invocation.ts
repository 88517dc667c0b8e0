import type { ReplyFn, SimMessage } from '../../core/types';
import type { ErrorInfo } from '../../records/trace';
import type { SdkCall } from '../../runner';

export type Outcome = 'ok' | 'error' | 'timeout' | 'crash';

/** An async event in Lambda's internal queue, across its attempts. */
export interface AsyncEvent {
  message: SimMessage;
  /** When Lambda accepted it (event age counts from here). */
  acceptedAt: number;
  requestNo: number;
  /** Attempts that ran the function (errors count toward maximumRetryAttempts). */
  runs: number;
  throttles: number;
  lastSpanId: number | null;
  lastError: ErrorInfo | null;
  lastValue: unknown;
}

/** One running request on one environment. */
export interface Invocation {
  message: SimMessage;
  reply: ReplyFn | null;
  async: AsyncEvent | null;
  requestNo: number;
  attempt: number;
  env: number;
  cold: boolean;
  /** Counted in the account's shared unreserved pool (on-demand, no reservation). */
  pooled: boolean;
  start: number;
  initMs: number;
  declaredMs: number;
  /** Handler time actually spent (declared + code's extra virtual ms, capped at the timeout). */
  handlerMs: number;
  outcome: Outcome;
  value: unknown;
  error: ErrorInfo | null;
  logs: string[];
  spanId: number;
  /** Set while user code runs it (SDK calls find the invocation by it). */
  requestId?: string;
  /** SDK calls the code made (null until the first). */
  sdkCalls?: SdkCall[] | null;
}

export function timeoutError(timeoutSec: number, at: string): ErrorInfo {
  return { type: 'Sandbox.Timedout', message: `${at} Task timed out after ${timeoutSec.toFixed(2)} seconds` };
}

export const DECLARED_ERROR: ErrorInfo = { type: 'Error', message: 'Declared failure (errorRate)' };
export const THROTTLE_ERROR: ErrorInfo = { type: 'TooManyRequestsException', message: 'Rate Exceeded.' };
