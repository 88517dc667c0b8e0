import { describeLoadError, parseFlowFile } from '../../format';
import { FLOW_CHECKERS as checkers } from '../../sim/patterns';
import { useStore } from '../../store';
import { exampleText } from './catalog';
import type { GalleryEntry } from './catalogEntries';

const hasWork = (flow: { nodes: unknown[]; edges: unknown[]; notes: unknown[] }) =>
  flow.nodes.length + flow.edges.length + flow.notes.length > 0;

/**
 * Opens an example as a new document, as File › Examples does: it goes through the format's
 * loader with the pattern checkers, replaces the document through the store's `resetDocument`
 * (the files feature sees the replacement and keeps the flow open before in Recent), closes the
 * gallery and frames the canvas. A failure changes nothing, says why, and leaves the gallery open.
 */
export async function openGalleryExample(entry: GalleryEntry): Promise<boolean> {
  const notify = useStore.getState().notify;
  const failed = `Could not open the example ${entry.title}`;
  let text: string;
  try {
    text = await exampleText(entry.file);
  } catch (e) {
    notify({ tone: 'error', title: failed, details: [e instanceof Error ? e.message : String(e)] });
    return false;
  }
  const loaded = parseFlowFile(text, { checkers, semanticErrors: 'keep' });
  if (!loaded.ok) {
    notify({ tone: 'error', title: failed, details: loaded.error.map(describeLoadError) });
    return false;
  }
  const s = useStore.getState();
  const before = s.doc;
  s.resetDocument(loaded.value);
  s.clearSelection();
  s.setGalleryOpen(false);
  s.requestFocus(null);
  const kept = hasWork(before) ? [`The flow open before, ${before.name}, is kept in File › Recent.`] : [];
  const errors = loaded.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    s.setDockTab('problems');
    notify({
      tone: 'info',
      title: `Opened ${loaded.value.name} with ${errors} problem${errors === 1 ? '' : 's'} to fix`,
      details: ['They are listed in Problems; click one to go to it.', ...kept],
    });
  } else {
    notify({ tone: 'success', title: `Opened ${loaded.value.name}`, details: kept });
  }
  return true;
}
