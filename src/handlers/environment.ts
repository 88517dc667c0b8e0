import type { FunctionCode, InvokeRequest, ModuleLoader, RunConfig } from '../protocol/messages';
import { VirtualClock } from './clock';
import { environmentGlobals } from './environmentGlobals';
import { mapStack } from './errors';
import { formatArgs } from './format';
import { hashText, seededRandom, type SeededRandom } from './random';
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
  readonly createdAt: number;

  constructor(readonly fn: FunctionCode, readonly environmentId: number, readonly run: RunConfig, first: InvokeRequest) {
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
