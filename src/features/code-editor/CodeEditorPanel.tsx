import { lazy, Suspense, useEffect } from 'react';
import { useStore } from '../../store';
import { useDrafts } from './draftStore';
import './codeEditor.css';

// Nothing of the editor loads with the app: the drawer's code when a function is first
// opened, Monaco (~1 MB gzip) in its own chunk right after (see EditorDrawer).
const EditorDrawer = lazy(() => import('./EditorDrawer'));

/** The code editor: a resizable drawer over the canvas for the handler of one function. */
export function CodeEditorPanel() {
  const open = useStore((s) => s.codeEditorNodeId !== null);
  const docEpoch = useStore((s) => s.docEpoch);
  // Another flow was opened: the drafts belonged to the old one.
  useEffect(() => {
    useDrafts.getState().reset();
    useStore.getState().openCodeEditor(null);
  }, [docEpoch]);
  if (!open) return null;
  return (
    <Suspense fallback={<section className="ce-panel ce-loading">Loading the editor…</section>}>
      <EditorDrawer />
    </Suspense>
  );
}
