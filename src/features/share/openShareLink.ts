import { dropFragmentParts } from '../../components/location';
import { DEFAULT_MAX_BYTES, describeLoadError, parseFlowFile } from '../../format';
import { FLOW_CHECKERS as checkers } from '../../sim/patterns';
import { useStore } from '../../store';
import { notify } from './notify';
import { decodeFlowData, describeLinkError, FLOW_PARAM, isViewOnly, readFlowParam } from './shareLink';

const FAILED = 'Could not open the shared flow';

/**
 * Opens the flow in the address bar's `#flow=` fragment, if there is one, as a new document (as
 * File › Open does: the flow open before stays in its autosave and in Recent). It is never run.
 * The fragment is removed from the address bar either way, so a reload does not open it again;
 * a broken link changes nothing else and says what is wrong with it.
 */
export function openShareLinkFromLocation(): void {
  // A view-only page stays one after a reload (the fragment keeps `view=1`), with the flow autosaved.
  if (isViewOnly(window.location.hash)) {
    useStore.getState().setReadOnly(true);
    useStore.getState().setPresenter(true);
  }
  const data = readFlowParam(window.location.hash);
  if (data === null) return;
  dropFragmentParts((p) => p.startsWith(`${FLOW_PARAM}=`));
  const unpacked = decodeFlowData(data, DEFAULT_MAX_BYTES);
  if (!unpacked.ok) {
    notify({ tone: 'error', title: FAILED, details: [describeLinkError(unpacked.error)] });
    return;
  }
  const loaded = parseFlowFile(unpacked.value, { checkers, semanticErrors: 'keep' });
  if (!loaded.ok) {
    notify({
      tone: 'error',
      title: FAILED,
      details: [
        'The link is intact, but what it holds is not a flow this app can open:',
        ...loaded.error.map(describeLoadError),
      ],
    });
    return;
  }
  const flow = loaded.value;
  const s = useStore.getState();
  const before = s.doc;
  const hadWork = before.nodes.length + before.edges.length + before.notes.length > 0;
  s.resetDocument(flow);
  s.clearSelection();
  if (flow.nodes.length > 0) s.requestFocus(null);
  const kept = hadWork ? [`The flow open before, ${before.name}, is kept in File › Recent.`] : [];
  const errors = loaded.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    s.setDockTab('problems');
    notify({
      tone: 'info',
      title: `Opened ${flow.name} from a link, with ${errors} problem${errors === 1 ? '' : 's'} to fix`,
      details: ['They are listed in Problems; click one to go to it.', ...kept],
    });
  } else {
    notify({
      tone: 'success',
      title: `Opened ${flow.name} from a link`,
      details: ['Nothing has run: press Run when you are ready.', ...kept],
    });
  }
}
