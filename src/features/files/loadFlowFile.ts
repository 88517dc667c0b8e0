import { describeLoadError, loadFlowDocument, parseFlowFile, type LoadResult } from '../../format';
import type { Flow } from '../../model';
import { FLOW_CHECKERS as checkers } from '../../sim/patterns';

export type FlowLoad = { ok: true; flow: Flow; errorCount: number } | { ok: false; lines: string[] };

/**
 * Parses a flow file into a flow or every reason it was refused, as lines for a person.
 * A file that is well formed but has semantic errors (a rule target not connected, a DLQ
 * that is not a queue) still opens: work in progress is shared as files too, and the
 * Problems panel lists what to fix. Only files the editor cannot represent are refused.
 */
export function loadFlowFile(input: string | Uint8Array): FlowLoad {
  return settle(() => parseFlowFile(input, { checkers, semanticErrors: 'keep' }));
}

/** The autosaved document object, through the same envelope, migrations and schema as a file. */
export function loadSavedDocument(doc: unknown): FlowLoad {
  return settle(() => loadFlowDocument(doc, { checkers, semanticErrors: 'keep' }));
}

function settle(load: () => LoadResult): FlowLoad {
  try {
    const result = load();
    return result.ok
      ? {
          ok: true,
          flow: result.value,
          errorCount: result.problems.filter((p) => p.severity === 'error').length,
        }
      : { ok: false, lines: result.error.map(describeLoadError) };
  } catch (e) {
    // The format promises not to throw; if it ever does, the person still gets a reason.
    return {
      ok: false,
      lines: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
}
