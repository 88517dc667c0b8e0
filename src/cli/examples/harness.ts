// Shared by the example tests: load a bundled example as the app does, run it headless
// with its real handler code in Node worker threads, and read what the run shows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { parseFlowFile, type LoadResult } from '../../format';
import type { EdgeSettingsOf, EdgeType, Flow, NodeKind, NodeOfKind } from '../../model';
import type { NodeSummary, RunResult, StoreView, TraceRecord } from '../../sim';
import { FLOW_CHECKERS } from '../../sim/patterns';
import { runSimulation, type DriverOptions } from '../../runtime/driver';
import type { HandlerPool } from '../../runtime/pool';
import { nodeHandlerPool } from '../nodePool';

export const SEED = 1;
/** Time allowed for a hook or test that runs an example: the machine may be shared with other work. */
export const SLOW = 60_000;
const EXAMPLES = new URL('../../../public/examples/', import.meta.url);

export interface ExampleInfo {
  file: string;
  title: string;
  summary: string;
  tags?: string[];
}

export function exampleIndex(): ExampleInfo[] {
  return JSON.parse(readFileSync(new URL('index.json', EXAMPLES), 'utf8')) as ExampleInfo[];
}

/** The example file loaded with the real pattern validators, as the app and the CLI load it. */
export function parseExample(file: string): LoadResult {
  return parseFlowFile(new Uint8Array(readFileSync(new URL(file, EXAMPLES))), { checkers: FLOW_CHECKERS });
}

export function loadExample(name: string): Flow {
  const loaded = parseExample(`${name}.eventflow.json`);
  if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}

export const notesOf = (flow: Flow): string => flow.notes.map((n) => n.text).join('\n');

/**
 * A pool of handler workers for the test file (two threads: the machine has two cores),
 * and a runner that uses it with the fixed seed.
 */
export function sharedPool(): (flow: Flow, options?: Omit<DriverOptions, 'seed'>) => Promise<RunResult> {
  let pool: HandlerPool;
  beforeAll(() => {
    pool = nodeHandlerPool({ size: 2 });
  });
  afterAll(() => pool.close());
  return (flow, options = {}) => runSimulation(flow, { seed: SEED, ...options }, pool);
}

export function summaryOf(r: RunResult, id: string): NodeSummary {
  const found = r.summary.nodes.find((n) => n.nodeId === id);
  if (!found) throw new Error(`no node "${id}" in the run`);
  return found;
}

/** A counter's total; 0 when the node never counted it. */
export const count = (r: RunResult, id: string, counter: string): number =>
  summaryOf(r, id).counters[counter] ?? 0;

export function spans<T extends TraceRecord['type']>(
  r: RunResult,
  type: T,
  nodeId?: string,
): Extract<TraceRecord, { type: T }>[] {
  return r.spans.filter(
    (s): s is Extract<TraceRecord, { type: T }> =>
      s.type === type && (nodeId === undefined || s.nodeId === nodeId),
  );
}

export function payloadOf<T>(s: { payload: string | null }): T {
  if (s.payload === null) throw new Error('span without payload');
  return JSON.parse(s.payload) as T;
}

/** The messages a handler logged (console lines are "time<TAB>requestId<TAB>LEVEL<TAB>message"). */
export const logged = (s: { logs: string[] }): string[] =>
  s.logs
    .map((l) => l.split('\t'))
    .filter((p) => p.length >= 4 && /^(INFO|WARN|ERROR|DEBUG|TRACE)$/.test(p[2]!))
    .map((p) => p.slice(3).join('\t'));

/** Items of a table as plain objects (DynamoDB JSON: S, N and BOOL only). */
export function tableItems(r: RunResult, id: string): Record<string, string | number | boolean>[] {
  const view: StoreView | undefined = r.stores[id];
  if (view?.type !== 'table') throw new Error(`"${id}" is not a table of the run`);
  return (view.items as Record<string, Record<string, unknown>>[]).map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([k, v]) => [
        k,
        'N' in v ? Number(v.N) : 'BOOL' in v ? Boolean(v.BOOL) : String(v.S),
      ]),
    ),
  );
}

/** A copy of the flow with one change: what a person does in the inspector before running again. */
export function edit(flow: Flow, change: (f: Flow) => void): Flow {
  const copy = structuredClone(flow);
  change(copy);
  return copy;
}

export function nodeOf<K extends NodeKind>(flow: Flow, id: string, kind: K): NodeOfKind<K> {
  const n = flow.nodes.find((x) => x.id === id);
  if (n?.kind !== kind) throw new Error(`no ${kind} "${id}" in the flow`);
  return n as NodeOfKind<K>;
}

export function edgeOf<T extends EdgeType>(flow: Flow, id: string, type: T): EdgeSettingsOf<T> {
  const e = flow.edges.find((x) => x.id === id);
  if (e?.settings.type !== type) throw new Error(`no ${type} edge "${id}" in the flow`);
  return e.settings as EdgeSettingsOf<T>;
}
