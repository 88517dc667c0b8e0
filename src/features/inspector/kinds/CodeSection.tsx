import { FormSection } from '../../../components/FormSection';
import type { FunctionSettings } from '../../../model/nodes/compute';
import { selectSelectedNode, useStore, type StoreState } from '../../../store';
import { useForm } from '../form/FormContext';

const selectNodeId = (s: StoreState) => selectSelectedNode(s)?.id ?? null;
const selectOpenCodeEditor = (s: StoreState) => s.openCodeEditor;
const selectCodeEditorNodeId = (s: StoreState) => s.codeEditorNodeId;
const selectMarkers = (s: StoreState) => s.codeMarkers;

/** The handler's code: its size, its problems, and the button that opens the code editor. */
export function CodeSection() {
  const code = (useForm().value as FunctionSettings).code;
  const nodeId = useStore(selectNodeId);
  const markers = useStore(selectMarkers);
  const errors = nodeId ? (markers[nodeId]?.filter((m) => m.severity === 'error').length ?? 0) : 0;
  const isOpen = useStore(selectCodeEditorNodeId) === nodeId && nodeId !== null;
  const openCodeEditor = useStore(selectOpenCodeEditor);
  const lines = code.split('\n').length - (code.endsWith('\n') ? 1 : 0);
  return (
    <FormSection title="Code">
      <div className="insp-code-row">
        <span>
          index.mjs · {lines} {lines === 1 ? 'line' : 'lines'}
          {errors > 0 ? (
            <span className="insp-code-errors"> · {errors === 1 ? '1 error' : `${errors} errors`}</span>
          ) : null}
        </span>
        <button
          type="button"
          className="insp-code-open"
          data-testid="code.open"
          disabled={!nodeId}
          onClick={() => openCodeEditor(nodeId)}
        >
          {isOpen ? 'Editor open' : 'Open editor'}
        </button>
      </div>
    </FormSection>
  );
}
