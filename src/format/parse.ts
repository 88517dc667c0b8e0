import { Flow, FORMAT_VERSION } from '../model';
import { err } from '../lib/result';
import { checkEnvelope } from './envelope';
import type { LoadError, LoadResult } from './errors';
import { DEFAULT_MAX_BYTES, parseJson, readText } from './input';
import { schemaErrors } from './issues';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import type { FlowCheckers, Problem } from './problems';
import { unknownFields } from './unknownFields';
import { validateFlow } from './validate';

export interface ParseOptions {
  /** Files above this many bytes are refused unread. Default 20 MB. */
  maxBytes?: number;
  /** The migration steps; tests inject their own. */
  migrations?: readonly Migration[];
  /** Event pattern and filter policy validators (they live in sim/). */
  checkers?: FlowCheckers;
  /**
   * 'refuse' (default): semantic errors fail the load, as the CLI wants. 'keep': the flow
   * loads and they come back in `problems`, for an editor that lists them and lets people fix them.
   */
  semanticErrors?: 'refuse' | 'keep';
}

/**
 * Loads a flow file: size limit, binary check, JSON, envelope, too-new refusal, migrations,
 * schema, semantic checks. Never throws; a failure lists every problem found at the first
 * stage that failed.
 */
export function parseFlowFile(input: string | Uint8Array, options: ParseOptions = {}): LoadResult {
  const text = readText(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!text.ok) return err([text.error]);
  const json = parseJson(text.value);
  if (!json.ok) return err([json.error]);
  return loadFlowDocument(json.value, options);
}

/** The same pipeline from parsed JSON on (autosaved documents, pasted objects). */
export function loadFlowDocument(doc: unknown, options: ParseOptions = {}): LoadResult {
  try {
    const envelope = checkEnvelope(doc, FORMAT_VERSION);
    if (!envelope.ok) return err([envelope.error]);
    const migrated = migrate(
      envelope.value.doc,
      envelope.value.version,
      FORMAT_VERSION,
      options.migrations ?? MIGRATIONS,
    );
    if (!migrated.ok) return err([migrated.error]);
    const parsed = Flow.safeParse(migrated.value);
    if (!parsed.success) return err(schemaErrors(Flow, migrated.value, parsed.error.issues));
    const problems = [
      ...unknownFields(migrated.value, parsed.data),
      ...validateFlow(parsed.data, options.checkers),
    ];
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 && options.semanticErrors !== 'keep') {
      return err(
        errors.map((p): LoadError => ({
          type: 'semantic',
          message: p.message,
          path: p.path,
          ...ids(p),
          ...subject(parsed.data, p),
        })),
      );
    }
    return { ok: true, value: parsed.data, problems };
  } catch (e) {
    // A bug of ours, not the file's: still no exception for the caller.
    return err([
      {
        type: 'internal',
        message: `The file could not be checked: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
}

function subject(flow: Flow, p: Problem): { subject?: string } {
  const at = /^nodes\[(\d+)\]/.exec(p.path);
  const node = at
    ? flow.nodes[Number(at[1])]
    : p.nodeId !== undefined
      ? flow.nodes.find((n) => n.id === p.nodeId)
      : undefined;
  if (node) return { subject: `${node.kind} "${node.label}"` };
  return p.edgeId !== undefined ? { subject: `edge "${p.edgeId}"` } : {};
}

const ids = (p: { nodeId?: string; edgeId?: string }) => ({
  ...(p.nodeId ? { nodeId: p.nodeId } : {}),
  ...(p.edgeId ? { edgeId: p.edgeId } : {}),
});
