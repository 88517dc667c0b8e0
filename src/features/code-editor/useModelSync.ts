import { useEffect } from 'react';
import { useStore, type CodeMarker } from '../../store';
import { monaco, nodeIdOf } from './monacoSetup';

/** The saved (document) code of a function, or null when it is gone. */
export const savedCode = (id: string): string | null => {
  const n = useStore.getState().doc.nodes.find((x) => x.id === id);
  return n?.kind === 'function' ? n.settings.code : null;
};

function severity(s: monaco.MarkerSeverity): CodeMarker['severity'] {
  if (s === monaco.MarkerSeverity.Error) return 'error';
  return s === monaco.MarkerSeverity.Warning ? 'warning' : 'info';
}

/**
 * Keeps Monaco's models and the app in step: a model without unsaved edits follows the
 * document (undo/redo restore code at save points), a model whose function is gone is
 * dropped, and the TypeScript markers go to the store for the Problems panel.
 */
export function useModelSync(): void {
  useEffect(() => {
    const offDoc = useStore.subscribe((s, prev) => {
      if (s.doc === prev.doc) return;
      const drafts = s.codeDrafts;
      for (const model of monaco.editor.getModels()) {
        const id = nodeIdOf(model.uri);
        if (id === null) continue;
        const saved = savedCode(id);
        if (saved === null) {
          model.dispose();
          // A replaced document's drafts wait in storage (useDraftPersistence); a deleted function's go.
          if (s.docEpoch === prev.docEpoch) s.discardCodeDraft(id);
          s.closeCodeTab(id);
          useStore.getState().setCodeMarkers(id, []);
        } else if (!(id in drafts) && model.getValue() !== saved) {
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: saved }], () => null);
        }
      }
    });
    const offMarkers = monaco.editor.onDidChangeMarkers((uris) => {
      for (const uri of uris) {
        const id = nodeIdOf(uri);
        if (id === null) continue;
        // Hints (the dotted "could be inferred" suggestions) stay in the editor only.
        const markers = monaco.editor
          .getModelMarkers({ resource: uri })
          .filter((m) => m.severity !== monaco.MarkerSeverity.Hint)
          .map((m) => ({
            line: m.startLineNumber,
            column: m.startColumn,
            message: m.message,
            severity: severity(m.severity),
          }));
        useStore.getState().setCodeMarkers(id, markers);
      }
    });
    return () => {
      offDoc();
      offMarkers.dispose();
    };
  }, []);
}
