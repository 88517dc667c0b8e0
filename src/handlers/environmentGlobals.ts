import type { InvokeRequest } from '../protocol/messages';
import { IMMEDIATE, virtualDateClass } from './clock';
import type { Environment } from './environment';
import { fillRandom, randomUuid } from './random';
import { DYNAMIC_IMPORT, type EnvName } from './source';

/**
 * What the prologue binds in one environment's module: Date and timers on its virtual
 * clock, console into its log, Math.random and crypto on its seeded stream, process.env
 * with the function's variables and the ones Lambda sets, and an import() that refuses.
 */
export function environmentGlobals(
  env: Environment,
  first: InvokeRequest,
): Record<EnvName | typeof DYNAMIC_IMPORT, unknown> {
  const clock = env.clock;
  const random = env.random;
  const timer =
    (repeat: boolean) =>
    (fn: unknown, ms?: unknown, ...args: unknown[]) =>
      clock.add(fn, ms, args, repeat);
  const clear = (id: unknown) => clock.clear(id);
  const log =
    (level: string) =>
    (...args: unknown[]) =>
      env.log(level, args);
  const counts = new Map<string, number>();
  const started = new Map<string, number>();
  const console = {
    log: log('INFO'),
    info: log('INFO'),
    warn: log('WARN'),
    error: log('ERROR'),
    debug: log('DEBUG'),
    trace: log('TRACE'),
    dir: (v: unknown) => env.log('INFO', [v]),
    table: log('INFO'),
    assert: (ok: unknown, ...msg: unknown[]) => {
      if (!ok) env.log('ERROR', ['Assertion failed', ...msg]);
    },
    count: (label = 'default') => {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      env.log('INFO', [`${label}: ${counts.get(label)}`]);
    },
    countReset: (label = 'default') => {
      counts.delete(label);
    },
    time: (label = 'default') => {
      started.set(label, clock.now);
    },
    timeLog: (label = 'default', ...more: unknown[]) =>
      env.log('INFO', [`${label}: ${(clock.now - (started.get(label) ?? clock.now)).toFixed(3)}ms`, ...more]),
    timeEnd: (label = 'default') => {
      env.log('INFO', [`${label}: ${(clock.now - (started.get(label) ?? clock.now)).toFixed(3)}ms`]);
      started.delete(label);
    },
    group: log('INFO'),
    groupEnd: () => {},
  };
  const realCrypto = (globalThis as { crypto?: { subtle?: unknown } }).crypto;
  const c = first.context;
  return {
    Date: virtualDateClass(() => env.epochNow()),
    setTimeout: timer(false),
    setInterval: timer(true),
    setImmediate: (fn: unknown, ...args: unknown[]) => clock.add(fn, IMMEDIATE, args, false),
    clearTimeout: clear,
    clearInterval: clear,
    clearImmediate: clear,
    console,
    Math: Object.create(Math, { random: { value: () => random.next() } }),
    crypto: {
      randomUUID: () => randomUuid(random),
      getRandomValues: <T extends ArrayBufferView>(a: T): T => {
        fillRandom(random, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
        return a;
      },
      subtle: realCrypto?.subtle,
    },
    performance: { now: () => clock.now - env.createdAt, timeOrigin: env.run.startEpochMs + env.createdAt },
    process: {
      env: {
        AWS_LAMBDA_FUNCTION_NAME: c.functionName,
        AWS_LAMBDA_FUNCTION_VERSION: c.functionVersion,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.memoryLimitInMB),
        AWS_LAMBDA_LOG_GROUP_NAME: c.logGroupName,
        AWS_LAMBDA_LOG_STREAM_NAME: c.logStreamName,
        AWS_REGION: c.invokedFunctionArn.split(':')[3] ?? '',
        LAMBDA_TASK_ROOT: '/var/task',
        _HANDLER: env.fn.handler,
        TZ: ':UTC',
        ...env.fn.environment,
      },
      platform: 'linux',
      nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]) =>
        void Promise.resolve().then(() => fn(...args)),
    },
    [DYNAMIC_IMPORT]: (spec: unknown) =>
      Promise.reject(
        new Error(
          `import(${JSON.stringify(String(spec))}) is blocked in the sandbox: handler code cannot load code from the network or from files`,
        ),
      ),
  };
}
