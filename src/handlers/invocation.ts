import type {
  ErrorInfo,
  InvokeRequest,
  ModuleLoader,
  SdkAnswerItem,
  SdkWait,
  WorkerResult,
} from '../protocol/messages';
import { SdkCalls, type SdkReplyWithId } from './sdkCalls';
import type { Environment } from './environment';
import { errorInfo } from './errors';
import {
  endLine,
  errorLine,
  initReportLine,
  LOG_SEPARATOR,
  reportLine,
  startLine,
  timeoutLine,
} from '../protocol/logLines';
import { handlerFunction } from './handlerExport';
import { ImportProblem } from './source';

type Handler = (...args: unknown[]) => unknown;
const IDLE_ROUNDS = 200;
const realNow = (): number => (globalThis as unknown as { performance: { now(): number } }).performance.now();

/**
 * One request on one environment: the module scope first on a cold start, then the
 * handler. The scheduler calls `step()` whenever the code has nothing else to do; the
 * invocation then moves virtual time to its environment's next timer, or gives up at the
 * deadline ("Task timed out"). The declared work of the duration model is placed before
 * the code runs, so the handler starts at startMs + declaredMs (never before the core's
 * barrier: see README).
 */
export class Invocation implements WorkerResult {
  /** Set once the invocation ended; then the WorkerResult fields below are final. */
  finished = false;
  outcome: WorkerResult['outcome'] = 'ok';
  value: unknown = undefined;
  error: ErrorInfo | undefined = undefined;
  extraMs = 0;
  logs = '';
  initMeasuredMs: number | undefined = undefined;
  /** The environment must be thrown away (timeout, init error, crash). */
  discard = false;
  private settled = false;
  private loading = false;
  /** Rounds in a row with nothing to run: the code waits for something that never comes. */
  private idleRounds = 0;
  private initMs: number | null = null;
  private readonly codeStart: number;
  /** Made on the first SDK call (most invocations make none: nothing to allocate). */
  private calls: SdkCalls | null = null;

  constructor(
    readonly id: number,
    readonly request: InvokeRequest,
    readonly env: Environment,
    private readonly memoryMb: () => number | null,
    private readonly platformLines = true,
  ) {
    this.codeStart = request.startMs + request.declaredMs;
  }

  start(loader: ModuleLoader): void {
    this.env.invocation = this;
    if (this.env.handler) return this.run(this.env.handler);
    const t0 = realNow();
    this.loading = true;
    this.env.load(loader).then(
      (ns) => {
        this.loading = false;
        this.initMs = realNow() - t0;
        const h = handlerFunction(ns, this.env.fn.handler);
        if (typeof h === 'function') {
          this.env.handler = h;
          this.run(h);
        } else this.initFailed(h);
      },
      (thrown: unknown) => {
        this.loading = false;
        this.initMs = realNow() - t0;
        this.initFailed(initError(thrown, this.env));
      },
    );
  }

  /**
   * An SDK call of this invocation's code: reported to the host when the code is idle, at
   * the environment's virtual time; resolves with the service's answer. The clock stands
   * still (timers too) until the answers come.
   */
  sdkCall(service: string, operation: string, input: unknown): Promise<SdkReplyWithId> {
    if (this.settled)
      return Promise.resolve({
        requestId: '',
        error: { type: 'InternalFailure', message: 'the invocation has ended', status: 500 },
      });
    return (this.calls ??= new SdkCalls(this.request.requestId)).make(
      service,
      operation,
      input,
      this.env.clock.now,
    );
  }

  /** True while the code waits for SDK answers (the host holds it). */
  get holding(): boolean {
    return !this.settled && this.calls !== null && this.calls.outstanding;
  }

  /** What to tell the host now that the code is idle: its new calls, or that it waits again; null: nothing new. */
  takeWait(): SdkWait | null {
    return this.settled || !this.calls ? null : this.calls.take(this.id);
  }

  /** The host's answer to one call (call 0: the deadline passed): the clock moves to its time, the code goes on. */
  answer(a: SdkAnswerItem): void {
    const known = this.calls?.has(a.callId) ?? false;
    if (this.settled || (!known && a.callId !== 0)) return;
    const clock = this.env.clock;
    if (a.atMs > clock.now) clock.now = a.atMs;
    if (clock.now >= this.request.deadlineMs || !known) return this.timeout();
    this.calls?.settle(a);
  }

  /** Called when all microtasks have run and this invocation is still waiting. */
  step(): void {
    if (this.settled || this.calls?.outstanding) return;
    const clock = this.env.clock;
    const next = clock.nextAt();
    if (next === Infinity) {
      // Module loading and platform promises (crypto.subtle) take real turns: wait a while;
      // a promise nothing will ever settle runs into the deadline, as it would on Lambda.
      if (!this.loading && ++this.idleRounds > IDLE_ROUNDS) this.timeout();
      return;
    }
    this.idleRounds = 0;
    if (next > this.request.deadlineMs) return this.timeout();
    const fired = clock.fireNext();
    if (fired) this.crash(errorInfo(fired.thrown, this.env.moduleUrl, this.env.prologueWidth));
  }

  private run(handler: Handler): void {
    const env = this.env;
    if (env.clock.now < this.codeStart) env.clock.now = this.codeStart;
    this.takeEnvLines();
    if (this.platformLines) this.add(startLine(this.request.requestId));
    env.requestId = this.request.requestId;
    let out: unknown;
    try {
      out = handler(this.request.event, new LambdaContext(this.request, env));
    } catch (thrown) {
      return this.fail(thrown);
    }
    (out instanceof Promise ? out : Promise.resolve(out)).then(
      (value) => this.succeed(value),
      (thrown: unknown) => this.fail(thrown),
    );
  }

  private succeed(value: unknown): void {
    if (this.settled) return;
    // Lambda answers with the JSON of the value: the same round trip here (primitives need none).
    let json: unknown = value ?? null;
    if (typeof value === 'object' && value !== null) {
      try {
        json = JSON.parse(JSON.stringify(value) ?? 'null');
      } catch (thrown) {
        return this.fail(thrown);
      }
    }
    this.finish('ok', { value: json });
  }

  private fail(thrown: unknown): void {
    if (this.settled) return;
    const e = errorInfo(thrown, this.env.moduleUrl, this.env.prologueWidth);
    this.env.lines.push(errorLine(this.env.iso(), this.request.requestId, 'Invoke Error', e));
    this.finish('error', { error: e });
  }

  private initFailed(e: ErrorInfo): void {
    const env = this.env;
    env.lines.push(errorLine(env.iso(), 'undefined', 'Uncaught Exception', e));
    // The measured time for a single Test; in a run the modeled INIT, like the core's REPORT.
    env.lines.push(initReportLine((this.platformLines ? this.initMs : this.request.initMs) ?? 0, e.type));
    this.takeEnvLines();
    if (this.platformLines) this.add(startLine(this.request.requestId));
    this.discard = true;
    this.finish('crash', { error: e }, e.type);
  }

  private timeout(): void {
    const env = this.env;
    env.clock.now = Math.max(env.clock.now, this.request.deadlineMs);
    if (this.logs === '') {
      this.takeEnvLines();
      if (this.platformLines) this.add(startLine(this.request.requestId));
    }
    env.lines.push(
      timeoutLine(env.iso(), this.request.requestId, (this.request.deadlineMs - this.request.startMs) / 1000),
    );
    this.discard = true;
    this.finish('timeout', {}, undefined, 'timeout');
  }

  /** A promise of this invocation's code was rejected and nobody handled it. */
  unhandledRejection(reason: unknown): void {
    if (this.settled) return;
    const e = errorInfo(reason, this.env.moduleUrl, this.env.prologueWidth);
    this.crash({
      type: 'Runtime.UnhandledPromiseRejection',
      message: `${e.type}: ${e.message}`,
      ...(e.stack ? { stack: e.stack } : {}),
    });
  }

  private crash(e: ErrorInfo): void {
    this.env.lines.push(errorLine(this.env.iso(), this.request.requestId, 'Uncaught Exception', e));
    this.discard = true;
    this.finish('crash', { error: e }, e.type);
  }

  private finish(
    outcome: WorkerResult['outcome'],
    extra: Pick<WorkerResult, 'value' | 'error'>,
    errorType?: string,
    status?: 'timeout',
  ): void {
    this.settled = true;
    const env = this.env;
    const r = this.request;
    // Waits are whole ms (Node's timer rule): round away the float noise of clock - start.
    const extraMs = Math.max(0, Math.round((env.clock.now - this.codeStart) * 1e6) / 1e6);
    const durationMs = Math.min(r.declaredMs + extraMs, r.deadlineMs - r.startMs);
    this.takeEnvLines();
    if (this.platformLines) {
      this.add(endLine(r.requestId));
      this.add(
        reportLine({
          requestId: r.requestId,
          durationMs,
          memorySizeMb: r.context.memoryLimitInMB,
          maxMemoryUsedMb: this.memoryMb(),
          initMs: this.initMs,
          status: status ?? (errorType ? 'error' : undefined),
          errorType,
        }),
      );
    }
    env.requestId = 'undefined';
    if (env.invocation === this) env.invocation = null;
    this.calls?.clear();
    this.outcome = outcome;
    this.value = extra.value;
    this.error = extra.error;
    this.extraMs = extraMs;
    this.initMeasuredMs = this.initMs ?? undefined;
    this.finished = true;
  }

  /** Moves what the environment logged (module scope, console) into this invocation's log. */
  private takeEnvLines(): void {
    const lines = this.env.lines;
    for (let i = 0; i < lines.length; i++) this.add(lines[i]!);
    lines.length = 0;
  }

  private add(line: string): void {
    this.logs = this.logs === '' ? line : this.logs + LOG_SEPARATOR + line;
  }
}

/** The Lambda context object; getRemainingTimeInMillis reads the virtual clock. */
class LambdaContext {
  callbackWaitsForEmptyEventLoop = true;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  getRemainingTimeInMillis: () => number;

  constructor(r: InvokeRequest, env: Environment) {
    const c = r.context;
    this.functionName = c.functionName;
    this.functionVersion = c.functionVersion;
    this.invokedFunctionArn = c.invokedFunctionArn;
    this.memoryLimitInMB = String(c.memoryLimitInMB);
    this.awsRequestId = c.awsRequestId;
    this.logGroupName = c.logGroupName;
    this.logStreamName = c.logStreamName;
    // An own function, as the runtime's: handler code may destructure it.
    this.getRemainingTimeInMillis = () => Math.max(0, r.deadlineMs - env.clock.now);
  }
}

/** A failure while loading the module, typed as the Lambda Node.js runtime types it. */
function initError(thrown: unknown, env: Environment): ErrorInfo {
  if (thrown instanceof ImportProblem)
    return { type: 'Runtime.ImportModuleError', message: `Error: ${thrown.message}` };
  const e = errorInfo(thrown, env.moduleUrl, env.prologueWidth);
  const parsing =
    thrown instanceof Error &&
    !(thrown.stack ?? '').split('\n').some((l) => /^\s+at /.test(l) && l.includes(env.moduleUrl));
  if (e.type === 'SyntaxError' && parsing)
    return {
      type: 'Runtime.UserCodeSyntaxError',
      message: `SyntaxError: ${e.message}`,
      ...(e.stack ? { stack: e.stack } : {}),
    };
  return e;
}
