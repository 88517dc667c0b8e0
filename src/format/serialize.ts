import { Flow } from '../model';
import { isRecord, type JsonRecord } from './envelope';

const TOP = ['format', 'formatVersion', 'name', 'description', 'nodes', 'edges', 'notes', 'run', 'meta'];
const NODE = ['id', 'kind', 'label', 'description', 'position', 'settings'];
const EDGE = ['id', 'source', 'target', 'settings'];
const NOTE = ['id', 'text', 'position', 'width', 'height', 'color'];

/**
 * The file text of a flow: defaults filled in, keys in a fixed order (the same flow always
 * gives the same bytes, so diffs stay small), 2-space JSON and a final newline. The viewport
 * is view state and is never written. Never throws: a flow the schema refuses is written as is.
 */
export function serializeFlow(flow: Flow): string {
  const parsed = Flow.safeParse(flow);
  const doc: JsonRecord = parsed.success ? parsed.data : { ...flow };
  const out = ordered(doc, TOP);
  delete out.viewport;
  if (isRecord(out.meta) && 'viewport' in out.meta) {
    const { viewport: _viewport, ...meta } = out.meta;
    out.meta = meta;
  }
  out.nodes = list(out.nodes, NODE);
  out.edges = list(out.edges, EDGE);
  out.notes = list(out.notes, NOTE);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function list(value: unknown, keys: string[]): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? ordered(item, keys) : item)) : value;
}

/** The named keys first, in that order, then any others in their own order. */
function ordered(obj: JsonRecord, keys: string[]): JsonRecord {
  const out: JsonRecord = {};
  for (const k of keys) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}
