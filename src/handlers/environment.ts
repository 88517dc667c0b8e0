import type { FunctionCode, InvokeRequest, ModuleLoader, RunConfig } from '../protocol/messages';
import { VirtualClock } from './clock';
import { environmentGlobals } from './environmentGlobals';
import { mapStack } from './errors';
import { formatArgs } from './format';
import { hashText, seededRandom, type SeededRandom } from './random';
import {
  DYNAMIC_IMPORT,
  ENV_NAMES,
  ImportProblem,
  importProblem,
  readSource,
  rewriteSource,
  type EnvName,
} from './source';
import { loadModuleText, moduleUrl } from './loadModule';
import { isSdkPackage, SDK_PACKAGES } from './sdk/packages';
import type { SdkSend } from './sdk/client';
import type { Invocation } from './invocation';

const REGISTRY = Symbol.for('eventflow.environments');
/** Where an SDK shim module finds its environment's module object in the registry entry. */
const SDK_KEY = '@sdk';
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
  readonly createdAt: number;
  /** The invocation running on this environment now (SDK calls belong to it). */
  invocation: Invocation | null = null;
  private sdkModules = new Map<string, Record<string, unknown>>();
  private readonly sdkSend: SdkSend = (service, operation, input) => {
    if (this.invocation) return this.invocation.sdkCall(service, operation, input);
    return Promise.resolve({
      requestId: '',
      error: { type: 'InternalFailure', message: 'SDK call outside an invocation', status: 500 },
    });
  };

  constructor(
    readonly fn: FunctionCode,
    readonly environmentId: number,
    readonly run: RunConfig,
    first: InvokeRequest,
  ) {
    this.random = seededRandom(hashText(`${fn.functionId}#${environmentId}`, run.seed));
    this.clock.now = first.startMs;
    this.createdAt = first.startMs;
    this.globals = environmentGlobals(this, first);
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
    this.lines.push(
      `${this.iso()}\t${this.requestId}\t${level}\t${formatArgs(args, (s) => mapStack(s, this.moduleUrl, this.prologueWidth))}`,
    );
  }

  /** The environment's own instance of an SDK package's shim (its clients call through this environment). */
  sdkModule(spec: string): Record<string, unknown> {
    let m = this.sdkModules.get(spec);
    if (!m) this.sdkModules.set(spec, (m = SDK_PACKAGES[spec]!(this.sdkSend)));
    return m;
  }

  /** Evaluates the module (the cold start); resolves to its namespace. */
  load(loader: ModuleLoader): Promise<Record<string, unknown>> {
    const facts = readSource(this.fn.code);
    const refused = facts.imports
      .filter((spec) => !isSdkPackage(spec))
      .map(importProblem)
      .find((p) => p !== null);
    if (refused) return Promise.reject(new ImportProblem(refused));
    const names = [...ENV_NAMES.filter((n) => !facts.declared.has(n)), DYNAMIC_IMPORT];
    const token = `${this.fn.functionId}#${this.environmentId}#${tokens++}`;
    const registry = environmentRegistry();
    registry.set(token, { ...this.globals, [SDK_KEY]: (spec: string) => this.sdkModule(spec) });
    const entry = `globalThis[Symbol.for('eventflow.environments')].get(${JSON.stringify(token)})`;
    // Each SDK package the code imports becomes a small module bound to this environment.
    const shims = new Map<number, string>();
    facts.imports.forEach((spec, i) => {
      if (!isSdkPackage(spec)) return;
      const exports = Object.keys(this.sdkModule(spec))
        .map((n) => `export const ${n} = m.${n};`)
        .join('\n');
      shims.set(
        i,
        moduleUrl(
          `const m = ${entry}[${JSON.stringify(SDK_KEY)}](${JSON.stringify(spec)});\nexport default m;\n${exports}\n`,
          loader,
        ),
      );
    });
    const prologue = `const {${names.join(',')}} = ${entry};`;
    this.prologueWidth = prologue.length;
    const loaded = loadModuleText(prologue + rewriteSource(this.fn.code, facts, shims), loader);
    this.moduleUrl = loaded.url;
    return loaded.module
      .catch((e: unknown) => Promise.reject(this.shimProblem(e, facts.imports, shims)))
      .finally(() => registry.delete(token));
  }

  /** A link error naming a shim's URL becomes one naming the package and what it offers here. */
  private shimProblem(e: unknown, imports: string[], shims: Map<number, string>): unknown {
    const message = e instanceof Error ? e.message : '';
    for (const [i, url] of shims) {
      if (!message.includes(url)) continue;
      const spec = imports[i]!;
      const name = /export named '([^']+)'/.exec(message)?.[1] ?? '?';
      const offered = Object.keys(this.sdkModule(spec)).join(', ');
      return new ImportProblem(
        `'${spec}' has no export named '${name}' in the simulation (it offers ${offered})`,
      );
    }
    return e;
  }
}

function environmentRegistry(): Map<string, unknown> {
  const g = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
  let r = g[REGISTRY];
  if (!r) {
    r = new Map();
    Object.defineProperty(globalThis, REGISTRY, {
      value: r,
      writable: false,
      configurable: false,
      enumerable: false,
    });
  }
  return r;
}
