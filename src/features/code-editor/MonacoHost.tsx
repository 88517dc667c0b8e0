import { useEffect, useRef } from 'react';
import { useStore, type StoreState } from '../../store';
import { setEditorBridge } from './editorBridge';
import { modelUri, monaco, nodeIdOf, setHandlerTypes } from './monacoSetup';
import { savedCode, useModelSync } from './useModelSync';

export interface MonacoHostProps {
  nodeId: string;
  /** The function's saved code (the document's). */
  saved: string;
  /** The d.ts typing this function's handler. */
  dts: string;
}

const selectReveal = (s: StoreState) => s.codeEditorReveal;

function modelFor(nodeId: string, saved: string): monaco.editor.ITextModel {
  const uri = modelUri(nodeId);
  const text = useStore.getState().codeDrafts[nodeId]?.code ?? saved;
  const model = monaco.editor.getModel(uri);
  if (!model) return monaco.editor.createModel(text, 'javascript', uri);
  // A model kept from an earlier flow (or while the editor was closed) catches up.
  if (model.getValue() !== text)
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  return model;
}

/** The last reveal request served (a remounted editor must not jump to an old one). */
let revealedSeq = 0;

/** Monaco itself: one editor, one model per function (its own undo stack and unsaved text). */
export default function MonacoHost({ nodeId, saved, dts }: MonacoHostProps) {
  const box = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const views = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  useModelSync();

  useEffect(() => {
    const ed = monaco.editor.create(box.current!, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
    });
    editor.current = ed;
    const sub = ed.onDidChangeModelContent(() => {
      // Read the saved code from the store: this runs inside undo/redo, before React renders.
      const model = ed.getModel();
      const id = model ? nodeIdOf(model.uri) : null;
      const saved = id === null ? null : savedCode(id);
      if (model && id !== null && saved !== null)
        useStore.getState().setCodeDraft(id, model.getValue(), saved);
    });
    setEditorBridge({
      reveal(line, column) {
        ed.setPosition({ lineNumber: line, column });
        ed.revealLineInCenter(line);
        ed.focus();
      },
      replaceText(id, text) {
        const model = monaco.editor.getModel(modelUri(id));
        if (!model) return;
        ed.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        ed.pushUndoStop();
      },
    });
    window.__eventflowCode = {
      value: () => ed.getModel()?.getValue() ?? null,
      position: () => {
        const p = ed.getPosition();
        return p ? { line: p.lineNumber, column: p.column } : null;
      },
      modelCount: () => monaco.editor.getModels().length,
      setValue: (text) => {
        const m = ed.getModel();
        if (m) m.pushEditOperations([], [{ range: m.getFullModelRange(), text }], () => null);
      },
      markers: () => {
        const m = ed.getModel();
        return m
          ? monaco.editor
              .getModelMarkers({ resource: m.uri })
              .map((x) => ({ line: x.startLineNumber, message: x.message }))
          : [];
      },
    };
    return () => {
      sub.dispose();
      setEditorBridge(null);
      delete window.__eventflowCode;
      ed.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const ed = editor.current!;
    const model = modelFor(nodeId, saved);
    if (ed.getModel() === model) return;
    const before = ed.getModel();
    if (before) views.current.set(before.uri.toString(), ed.saveViewState());
    ed.setModel(model);
    const view = views.current.get(model.uri.toString());
    if (view) ed.restoreViewState(view);
    ed.focus();
  }, [nodeId, saved]);

  useEffect(() => setHandlerTypes(dts), [dts]);

  // A frame clicked elsewhere (a span, a log line) asks for a line: go there once the model is in.
  const reveal = useStore(selectReveal);
  useEffect(() => {
    if (!reveal || reveal.seq <= revealedSeq) return;
    revealedSeq = reveal.seq;
    const ed = editor.current!;
    ed.setPosition({ lineNumber: reveal.line, column: reveal.column });
    ed.revealLineInCenter(reveal.line);
    ed.focus();
  }, [reveal]);

  return <div ref={box} className="ce-monaco nokey" data-testid="code.editor" />;
}
