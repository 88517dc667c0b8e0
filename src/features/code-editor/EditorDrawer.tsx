import { lazy, Suspense, useEffect, type KeyboardEvent } from 'react';
import { useStore } from '../../store';
import { addTypes, revertDraft, testFunction } from './codeActions';
import { EditorTabs } from './EditorTabs';
import { ResizeHandle } from './ResizeHandle';
import { TestPane } from './TestPane';
import { eventTypeOf } from './triggers';
import { useFunctionCode } from './useFunctionCode';
import {
  selectAddCodeTab,
  selectEditorMarkers,
  selectEditorTest,
  selectEditorWidth,
  selectOpenCodeEditor,
  selectSaveCodeDraft,
} from './selectors';

// Monaco (~1 MB gzip) loads when a function's code is first opened, never with the app.
const MonacoHost = lazy(() => import('./MonacoHost'));

const isSave = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';

/** The drawer's content: tabs, toolbar, the editor (loaded on its own) and the Test pane. */
export default function EditorDrawer() {
  const { node, triggers, dts, draft, code } = useFunctionCode();
  const open = useStore(selectOpenCodeEditor);
  const markers = useStore(selectEditorMarkers);
  const width = useStore(selectEditorWidth);
  const running = useStore(selectEditorTest).running;
  const addTab = useStore(selectAddCodeTab);
  const saveDraft = useStore(selectSaveCodeDraft);
  const nodeId = node?.id ?? null;
  useEffect(() => {
    if (nodeId) addTab(nodeId);
  }, [nodeId, addTab]);
  if (!node) return null;

  const dirty = draft !== undefined;
  const errors = markers?.filter((m) => m.severity === 'error').length ?? 0;
  const save = () => saveDraft(node.id);
  const onKeyDown = (e: KeyboardEvent) => {
    // Ctrl/Cmd+S here saves the function, not the flow file (stop it reaching the window).
    if (!isSave(e)) return;
    e.preventDefault();
    e.stopPropagation();
    save();
  };
  return (
    <section
      className="ce-panel nokey"
      style={{ width }}
      data-testid="code.panel"
      aria-label={`Code of ${node.label}`}
      onKeyDown={onKeyDown}
    >
      <ResizeHandle />
      <header className="ce-head">
        <EditorTabs activeId={node.id} />
        <button
          type="button"
          className="ce-close"
          data-testid="code.close"
          aria-label="Close the code editor"
          onClick={() => open(null)}
        >
          ×
        </button>
      </header>
      <div className="ce-toolbar">
        <div className="ce-title">
          <strong>{node.label}</strong> <span className="ce-file">index.mjs</span>
          {dirty ? <span className="ce-unsaved">unsaved</span> : null}
          <span className="ce-type" title="The event type, from what is connected to this function">
            event: <code>{eventTypeOf(triggers)}</code>
          </span>
          {errors > 0 ? (
            <span className="ce-errors">{errors === 1 ? '1 error' : `${errors} errors`}</span>
          ) : null}
        </div>
        <button
          type="button"
          className="ce-button"
          title="Add the JSDoc that types event and context"
          onClick={() => addTypes(node, code)}
        >
          Add types
        </button>
        <button
          type="button"
          className="ce-button"
          data-testid="code.revert"
          disabled={!dirty}
          onClick={() => revertDraft(node.id)}
        >
          Revert
        </button>
        <button
          type="button"
          className="ce-button"
          data-testid="code.save"
          disabled={!dirty}
          title="Save (Ctrl+S)"
          onClick={save}
        >
          Save
        </button>
        <button
          type="button"
          className="ce-button is-primary"
          data-testid="code.test"
          disabled={running}
          onClick={() => void testFunction(node, code, triggers)}
        >
          ▶ Test
        </button>
      </div>
      <div className="ce-body">
        <div className="ce-editor nokey">
          <Suspense fallback={<div className="ce-loading">Loading the editor…</div>}>
            <MonacoHost nodeId={node.id} saved={node.settings.code} dts={dts} />
          </Suspense>
        </div>
        <TestPane node={node} triggers={triggers} hasDraft={dirty} />
      </div>
    </section>
  );
}
