import type { Edge, Flow, FlowNode } from '../../model';

/** One run's inputs: the flow it ran and the seed and duration it ran with. */
export interface RunInputs {
  flow: Flow;
  seed: number;
  durationMs: number;
}

export interface FlowChange {
  section: 'run' | 'node' | 'edge';
  /** The node or edge id ('' for run settings). */
  subject: string;
  /** Where in the subject: "settings.memorySize", "rules[0].pattern"; '' for the whole subject. */
  path: string;
  type: 'changed' | 'added' | 'removed';
  before?: unknown;
  after?: unknown;
}

/**
 * What differs between the inputs of two runs: run settings (seed and duration as they ran),
 * nodes (label, kind, settings) and edges (ends, type, settings), by id. Positions,
 * descriptions and notes do not change a run and are left out.
 */
export function diffRuns(a: RunInputs, b: RunInputs): FlowChange[] {
  const out: FlowChange[] = [];
  const runOf = (r: RunInputs) => ({ ...r.flow.run, seed: r.seed, durationSeconds: r.durationMs / 1000 });
  walk(runOf(a), runOf(b), '', (path, type, before, after) =>
    out.push({ section: 'run', subject: '', path, type, before, after }),
  );
  byId(a.flow.nodes, b.flow.nodes, 'node', nodeFacts, out);
  byId(a.flow.edges, b.flow.edges, 'edge', edgeFacts, out);
  return out;
}

const nodeFacts = (n: FlowNode) => ({ kind: n.kind, label: n.label, settings: n.settings });
const edgeFacts = (e: Edge) => ({ source: e.source, target: e.target, settings: e.settings });

function byId<T extends { id: string }>(
  before: T[],
  after: T[],
  section: 'node' | 'edge',
  facts: (t: T) => object,
  out: FlowChange[],
): void {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  for (const [id, t] of old) {
    const n = now.get(id);
    if (!n) {
      out.push({ section, subject: id, path: '', type: 'removed', before: summary(t) });
      continue;
    }
    walk(facts(t), facts(n), '', (path, type, b, a) =>
      out.push({ section, subject: id, path, type, before: b, after: a }),
    );
  }
  for (const [id, t] of now) {
    if (!old.has(id)) out.push({ section, subject: id, path: '', type: 'added', after: summary(t) });
  }
}

/** What a whole added or removed node or edge is called in the list. */
function summary(t: { id: string }): string {
  if ('kind' in t) {
    const n = t as FlowNode;
    return `${n.kind} "${n.label}"`;
  }
  const e = t as Edge;
  return `${e.source} → ${e.target} (${e.settings.type})`;
}

type Report = (path: string, type: FlowChange['type'], before?: unknown, after?: unknown) => void;

/** Calls `report` for each leaf that differs; arrays by index, objects by key. */
function walk(a: unknown, b: unknown, path: string, report: Report): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= b.length) report(p, 'removed', a[i]);
      else if (i >= a.length) report(p, 'added', undefined, b[i]);
      else walk(a[i], b[i], p, report);
    }
    return;
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in b)) report(p, 'removed', a[k]);
      else if (!(k in a)) report(p, 'added', undefined, b[k]);
      else walk(a[k], b[k], p, report);
    }
    return;
  }
  report(path, 'changed', a, b);
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as the diff list shows it: short, one line; long text says how many lines it has. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') {
    const lines = v.split('\n').length;
    if (lines > 1 || v.length > 60)
      return `${lines} line${lines === 1 ? '' : 's'} of text (${v.length} characters)`;
    return JSON.stringify(v);
  }
  const json = JSON.stringify(v) ?? String(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** "128 → 256", or for long text (handler code) where it starts to differ. */
export function describeChange(c: FlowChange): string {
  // A whole node or edge comes with its description ("queue "Jobs"") as the value.
  const show = (v: unknown) => (c.path === '' && typeof v === 'string' ? v : showValue(v));
  if (c.type === 'added') return `added: ${show(c.after)}`;
  if (c.type === 'removed') return `removed: ${show(c.before)}`;
  if (typeof c.before === 'string' && typeof c.after === 'string' && isLongText(c.before, c.after)) {
    const a = c.before.split('\n');
    const b = c.after.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line++;
    return `text differs from line ${line + 1} (${a.length} → ${b.length} lines)`;
  }
  return `${showValue(c.before)} → ${showValue(c.after)}`;
}

const isLongText = (a: string, b: string) =>
  a.includes('\n') || b.includes('\n') || a.length > 60 || b.length > 60;
