import { FormSection } from '../../../components/FormSection';
import type { FunctionSettings } from '../../../model/nodes/compute';
import { selectSelectedNode, useStore } from '../../../store';
import { useForm } from '../form/FormContext';

/** The handler's code: its size, its problems, and the button that opens the code editor. */
export function CodeSection() {
  const code = (useForm().value as FunctionSettings).code;
  const nodeId = useStore((s) => selectSelectedNode(s)?.id ?? null);
  const errors = useStore((s) =>
    nodeId ? (s.codeMarkers[nodeId]?.filter((m) => m.severity === 'error').length ?? 0) : 0,
  );
  const isOpen = useStore((s) => nodeId !== null && s.codeEditorNodeId === nodeId);
  const openCodeEditor = useStore((s) => s.openCodeEditor);
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
