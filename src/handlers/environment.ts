import type { FunctionCode, InvokeRequest, ModuleLoader, RunConfig } from '../protocol/messages';
import { VirtualClock, virtualDateClass } from './clock';
import { mapStack } from './errors';
import { formatArgs } from './format';
import { fillRandom, hashText, randomUuid, seededRandom, type SeededRandom } from './random';
import { DYNAMIC_IMPORT, ENV_NAMES, ImportProblem, importProblem, readSource, rewriteDynamicImports, type EnvName } from './source';
import { loadModuleText } from './loadModule';

const REGISTRY = Symbol.for('eventflow.environments');
const RealDate = Date;
let tokens = 0;

/**
 * One execution environment: its virtual clock, random stream, console and module
 * instance. Module state lives as long as this object (a cold start makes a new one).
 */
export class Environment {
  readonly clock = new VirtualClock();
  readonly random: SeededRandom;
  /** Log lines written since the last take; prefixed with the current request id. */
  lines: string[] = [];
  requestId = 'undefined';
  moduleUrl = '';
  /** The handler export once the module scope ran without error. */
  handler: ((...args: unknown[]) => unknown) | null = null;
  prologueWidth = 0;
  readonly globals: Record<EnvName | typeof DYNAMIC_IMPORT, unknown>;
  private readonly createdAt: number;

  constructor(readonly fn: FunctionCode, readonly environmentId: number, readonly run: RunConfig, first: InvokeRequest) {
    this.random = seededRandom(hashText(`${fn.functionId}#${environmentId}`, run.seed));
    this.clock.now = first.startMs;
    this.createdAt = first.startMs;
    this.globals = this.buildGlobals(first);
  }

  /** Epoch ms of the virtual now (what Date.now() returns inside the handler). */
  epochNow(): number {
    return this.run.startEpochMs + this.clock.now;
  }

  iso(): string {
    return new RealDate(this.epochNow()).toISOString();
  }

  /** Writes one console line as the Node.js runtime formats it for CloudWatch. */
  log(level: string, args: unknown[]): void {
    this.lines.push(`${this.iso()}\t${this.requestId}\t${level}\t${formatArgs(args, (s) => mapStack(s, this.moduleUrl, this.prologueWidth))}`);
  }

  /** Evaluates the module (the cold start); resolves to its namespace. */
  load(loader: ModuleLoader): Promise<Record<string, unknown>> {
    const facts = readSource(this.fn.code);
    const refused = facts.imports.map(importProblem).find((p) => p !== null);
    if (refused) return Promise.reject(new ImportProblem(refused));
    const names = [...ENV_NAMES.filter((n) => !facts.declared.has(n)), DYNAMIC_IMPORT];
    const token = `${this.fn.functionId}#${this.environmentId}#${tokens++}`;
    const registry = environmentRegistry();
    registry.set(token, this.globals);
    const prologue = `const {${names.join(',')}} = globalThis[Symbol.for('eventflow.environments')].get(${JSON.stringify(token)});`;
    this.prologueWidth = prologue.length;
    const loaded = loadModuleText(prologue + rewriteDynamicImports(this.fn.code, facts.dynamicImports), loader);
    this.moduleUrl = loaded.url;
    return loaded.module.finally(() => registry.delete(token));
  }

  private buildGlobals(first: InvokeRequest): Record<EnvName | typeof DYNAMIC_IMPORT, unknown> {
    const clock = this.clock;
    const random = this.random;
    const env = this;
    const timer = (repeat: boolean) => (fn: unknown, ms?: unknown, ...args: unknown[]) => clock.add(fn, ms, args, repeat);
    const clear = (id: unknown) => clock.clear(id);
    const log = (level: string) => (...args: unknown[]) => env.log(level, args);
    const counts = new Map<string, number>();
    const started = new Map<string, number>();
    const console = {
      log: log('INFO'), info: log('INFO'), warn: log('WARN'), error: log('ERROR'), debug: log('DEBUG'), trace: log('TRACE'),
      dir: (v: unknown) => env.log('INFO', [v]), table: log('INFO'),
      assert: (ok: unknown, ...msg: unknown[]) => { if (!ok) env.log('ERROR', ['Assertion failed', ...msg]); },
      count: (label = 'default') => { counts.set(label, (counts.get(label) ?? 0) + 1); env.log('INFO', [`${label}: ${counts.get(label)}`]); },
      countReset: (label = 'default') => { counts.delete(label); },
      time: (label = 'default') => { started.set(label, clock.now); },
      timeLog: (label = 'default', ...more: unknown[]) => env.log('INFO', [`${label}: ${(clock.now - (started.get(label) ?? clock.now)).toFixed(3)}ms`, ...more]),
      timeEnd: (label = 'default') => { env.log('INFO', [`${label}: ${(clock.now - (started.get(label) ?? clock.now)).toFixed(3)}ms`]); started.delete(label); },
      group: log('INFO'), groupEnd: () => {},
    };
    const realCrypto = (globalThis as { crypto?: { subtle?: unknown } }).crypto;
    const c = first.context;
    return {
      Date: virtualDateClass(() => env.epochNow()),
      setTimeout: timer(false), setInterval: timer(true), setImmediate: (fn: unknown, ...args: unknown[]) => clock.add(fn, 0, args, false),
      clearTimeout: clear, clearInterval: clear, clearImmediate: clear,
      console,
      Math: Object.create(Math, { random: { value: () => random.next() } }),
      crypto: {
        randomUUID: () => randomUuid(random),
        getRandomValues: <T extends ArrayBufferView>(a: T): T => { fillRandom(random, new Uint8Array(a.buffer, a.byteOffset, a.byteLength)); return a; },
        subtle: realCrypto?.subtle,
      },
      performance: { now: () => clock.now - this.createdAt, timeOrigin: this.run.startEpochMs + this.createdAt },
      process: {
        env: {
          AWS_LAMBDA_FUNCTION_NAME: c.functionName, AWS_LAMBDA_FUNCTION_VERSION: c.functionVersion,
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.memoryLimitInMB), AWS_LAMBDA_LOG_GROUP_NAME: c.logGroupName,
          AWS_LAMBDA_LOG_STREAM_NAME: c.logStreamName, AWS_REGION: c.invokedFunctionArn.split(':')[3] ?? '',
          LAMBDA_TASK_ROOT: '/var/task', _HANDLER: this.fn.handler, TZ: ':UTC', ...this.fn.environment,
        },
        platform: 'linux',
        nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]) => void Promise.resolve().then(() => fn(...args)),
      },
      [DYNAMIC_IMPORT]: (spec: unknown) =>
        Promise.reject(new Error(`import(${JSON.stringify(String(spec))}) is blocked in the sandbox: handler code cannot load code from the network or from files`)),
    };
  }
}

function environmentRegistry(): Map<string, unknown> {
  const g = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
  let r = g[REGISTRY];
  if (!r) {
    r = new Map();
    Object.defineProperty(globalThis, REGISTRY, { value: r, writable: false, configurable: false, enumerable: false });
  }
  return r;
}
