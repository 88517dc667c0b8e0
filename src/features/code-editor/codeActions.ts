import type { NodeOfKind } from '../../model';
import { EMPTY_TEST, useStore } from '../../store';
import { editorBridge } from './editorBridge';
import { addHandlerType } from './handlerDts';
import { samplesFor } from './sampleEvents';
import { sampleText } from './TestPane';
import { runFunctionTest } from './testRunner';
import type { Trigger } from './triggers';

/** Discards the unsaved edits of a function (undoable in the editor). */
export function revertDraft(nodeId: string): void {
  const node = useStore.getState().doc.nodes.find((n) => n.id === nodeId);
  if (node?.kind !== 'function') return;
  const bridge = editorBridge();
  if (bridge) bridge.replaceText(nodeId, node.settings.code);
  useStore.getState().discardCodeDraft(nodeId);
}

/** Puts the JSDoc that types the handler above its export, as an edit of the draft. */
export function addTypes(node: NodeOfKind<'function'>, code: string): void {
  const next = addHandlerType(code, node.settings.handler.split('.').pop());
  if (next !== code) editorBridge()?.replaceText(node.id, next);
}

/** Runs the Test with the pane's event and the given (draft) code; the outcome goes to the pane. */
export async function testFunction(
  node: NodeOfKind<'function'>,
  code: string,
  triggers: Trigger[],
): Promise<void> {
  const { codeTests, patchCodeTest: patchTest } = useStore.getState();
  const t = codeTests[node.id] ?? EMPTY_TEST;
  const text = t.eventText ?? sampleText(t.sampleId ?? samplesFor(triggers)[0]!.id, node.id);
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    return;
  }
  patchTest(node.id, { running: true });
  try {
    const outcome = await runFunctionTest(useStore.getState().doc, node.id, code, event);
    patchTest(node.id, { running: false, outcome });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    patchTest(node.id, {
      running: false,
      outcome: {
        outcome: 'crash',
        requestId: '',
        error: { type: 'Sandbox.Unavailable', message },
        logs: [],
        report: null,
        coldStart: false,
        declaredMs: 0,
        sdkCalls: [],
      },
    });
  }
}
