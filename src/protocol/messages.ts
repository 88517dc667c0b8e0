import type { ErrorInfo, InvokeRequest, InvokeResult, SdkAnswer, SdkCallRequest } from '../sim';

/**
 * Messages between the host (runtime/) and a handler worker (handlers/). Every message
 * carries the protocol version `v`; a worker refuses a version it does not speak, as data.
 * Work travels in batches (many items per postMessage: a message costs per object, so one
 * per invocation would cap a run far below what the workers can do).
 */
export const PROTOCOL_VERSION = 2;

export type { ErrorInfo, InvokeRequest, InvokeResult, SdkAnswer, SdkCallRequest };

/** How the worker turns module source text into a module: a blob: URL (browser) or a data: URL (Node). */
export type ModuleLoader = 'blob' | 'data';

/** A function's code and configuration, sent once per worker before its first invocation. */
export interface FunctionCode {
  functionId: string;
  /** The ES module source (`export const handler = async (event, context) => {...}`). */
  code: string;
  /** Lambda's handler setting, e.g. `index.handler`: the part after the last dot names the export. */
  handler: string;
  /** The function's environment variables (`process.env`). */
  environment: Record<string, string>;
}

/** Settings of a run that every environment needs. */
export interface RunConfig {
  /** The run seed: each environment derives its own random stream from (seed, function, environment). */
  seed: number;
  /** Epoch ms of virtual time 0 (Date inside handlers). */
  startEpochMs: number;
  /**
   * Whether the worker writes START / END / REPORT around each invocation's lines (default
   * true: a single Test invocation). The core writes them itself for the spans it keeps.
   */
  platformLines?: boolean;
}

export type InvokeContext = InvokeRequest['context'];

/**
 * Invocations in columns, one array per field: a batch of a thousand costs a few dozen
 * objects to copy instead of a few thousand. `ids` are the host's ids (results name them).
 */
export interface InvokeColumns {
  ids: number[];
  requestIds: string[];
  functionIds: string[];
  environmentIds: number[];
  coldStarts: boolean[];
  events: unknown[];
  /** startMs, deadlineMs, declaredMs, initMs: four numbers per invocation. */
  times: number[];
  /** An environment's context the first time the worker sees it; null after (awsRequestId = requestId). */
  contexts: (InvokeContext | null)[];
}

export type HostItem =
  /** Forget every environment and function (a new run starts). */
  | { type: 'reset'; run: RunConfig }
  | { type: 'load'; fn: FunctionCode }
  | { type: 'invoke'; batch: InvokeColumns }
  /** Answers to SDK calls: each invocation's clock moves to its answer's time. */
  | { type: 'answers'; answers: SdkAnswerItem[] };

/** An SDK answer for the invocation with host id `id`. */
export interface SdkAnswerItem {
  id: number;
  callId: number;
  atMs: number;
  output?: unknown;
  error?: SdkAnswer['error'];
}

/**
 * An invocation that waits for its SDK calls (all its code is idle): the calls it made
 * since it last waited, maybe none. `requestId` is filled in by the host.
 */
export interface SdkWait {
  id: number;
  calls: Omit<SdkCallRequest, 'requestId'>[];
}

export type HostMessage =
  { type: 'configure'; v: number; loader: ModuleLoader } | { type: 'batch'; v: number; items: HostItem[] };

/** One finished invocation, inside the worker. `logs`: records joined by LOG_SEPARATOR. */
export interface WorkerResult {
  id: number;
  outcome: InvokeResult['outcome'];
  value?: unknown;
  error?: ErrorInfo;
  extraMs: number;
  logs: string;
  /** Real ms the module scope took to run on a cold start (wall time, not virtual time). */
  initMeasuredMs?: number;
}

export type WorkerMessage =
  | { type: 'ready'; v: number }
  | { type: 'results'; v: number; results: ResultColumns; waits?: SdkWait[] }
  /** Something the worker could not do (bad message, wrong version): never thrown across. */
  | { type: 'failure'; v: number; error: ErrorInfo };

/** Results in columns (see InvokeColumns); `initMs` is -1 where no module scope ran. */
export interface ResultColumns {
  ids: number[];
  outcomes: WorkerResult['outcome'][];
  values: unknown[];
  errors: (ErrorInfo | null)[];
  extraMs: number[];
  logs: string[];
  initMs: number[];
}

/** Type guard for a message from a worker (defends the host against garbage). */
export function isWorkerMessage(m: unknown): m is WorkerMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'results' || t === 'failure';
}
