import { describeLoadError, loadFlowDocument, parseFlowFile, type LoadResult } from '../../format';
import type { Flow } from '../../model';
import { validateEventPattern, validateFilterPolicy } from '../../sim/patterns';

export const checkers = { eventPattern: validateEventPattern, filterPolicy: validateFilterPolicy };

export type FlowLoad = { ok: true; flow: Flow } | { ok: false; lines: string[] };

/**
 * Parses a flow file into a flow or every reason it was refused, as lines for a person.
 * `keepErrors` is for documents this editor saved itself (autosave, recent flows): they load
 * with their semantic errors, which the Problems panel then lists, so no work is lost.
 */
export function loadFlowFile(input: string | Uint8Array, keepErrors = false): FlowLoad {
  return settle(() => parseFlowFile(input, { checkers, semanticErrors: keepErrors ? 'keep' : 'refuse' }));
}

/** The autosaved document object, through the same envelope, migrations and schema as a file. */
export function loadSavedDocument(doc: unknown): FlowLoad {
  return settle(() => loadFlowDocument(doc, { checkers, semanticErrors: 'keep' }));
}

function settle(load: () => LoadResult): FlowLoad {
  try {
    const result = load();
    return result.ok
      ? { ok: true, flow: result.value }
      : { ok: false, lines: result.error.map(describeLoadError) };
  } catch (e) {
    // The format promises not to throw; if it ever does, the person still gets a reason.
    return {
      ok: false,
      lines: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
}
