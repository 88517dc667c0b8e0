import { lazy, Suspense } from 'react';
import { useStore } from '../../store';
import { selectEditorOpen } from './selectors';
import { useDraftPersistence } from './useDraftPersistence';
import './codeEditor.css';

// Nothing of the editor loads with the app: the drawer's code when a function is first
// opened, Monaco (~1 MB gzip) in its own chunk right after (see EditorDrawer).
const EditorDrawer = lazy(() => import('./EditorDrawer'));

/** The code editor: a resizable drawer over the canvas for the handler of one function. */
export function CodeEditorPanel() {
  const open = useStore(selectEditorOpen);
  useDraftPersistence();
  if (!open) return null;
  return (
    <Suspense fallback={<section className="ce-panel ce-loading">Loading the editor…</section>}>
      <EditorDrawer />
    </Suspense>
  );
}
