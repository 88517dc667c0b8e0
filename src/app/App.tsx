import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas, EditControls } from '../features/canvas';
import { Palette } from '../features/palette';
import { Inspector } from '../features/inspector';
import { FileMenu, FilesProvider, FlowTitle, setExportGuard, startOnce } from '../features/files';
import { ProblemsPanel, ProblemsTabLabel } from '../features/problems';
import { CodeEditorPanel } from '../features/code-editor';
import { RunControls } from '../features/run-controls';
import { RunSummaryPanel } from '../features/run-summary';
import { lazyPanel } from './lazyPanel';
import { askBeforeExport, ShareMenu, useShareLinkOpener } from '../features/share';
import { PresenterButton } from '../features/presenter';
import { GalleryButton, GalleryDialog } from '../features/gallery';
import { Tour, TourButton } from '../features/tour';
import { useStore, type StoreState } from '../store';
import { Toasts } from './Toasts';
import { Dock } from './Dock';
import './App.css';

// Run panels load when first shown: they are not needed to draw a flow (first-load budget).
const TracesPanel = lazyPanel(() => import('../features/traces').then((m) => m.TracesPanel));
const LogsPanel = lazyPanel(() => import('../features/logs').then((m) => m.LogsPanel));
const MetricsPanel = lazyPanel(() => import('../features/metrics').then((m) => m.MetricsPanel));

/** The shell: top bar, palette, canvas, inspector, bottom dock (DESIGN.md "The interface"). */
// File > Export asks about secrets as the share link does.
setExportGuard(askBeforeExport);

const selectShellClass = (s: StoreState) =>
  `app${s.presenter ? ' is-presenter' : ''}${s.readOnly ? ' is-readonly' : ''}`;

export function App() {
  useShareLinkOpener(startOnce);
  const shellClass = useStore(selectShellClass);
  return (
    <ReactFlowProvider>
      <FilesProvider>
        <div className={shellClass} data-testid="app">
          <header className="app-top" data-testid="topbar">
            <div className="app-brand" aria-label="Eventflow Studio">
              <span className="app-logo" aria-hidden>
                ⟿
              </span>
              <span className="app-brand-name">Eventflow</span>
            </div>
            <div className="app-group" data-edit-only>
              <FileMenu />
              <GalleryButton />
              <ShareMenu />
              <EditControls />
            </div>
            <RunControls />
            <FlowTitle />
            <PresenterButton />
            <TourButton />
          </header>
          <aside className="app-left" aria-label="Palette">
            <Palette />
          </aside>
          <main className="app-canvas" aria-label="Canvas">
            <FlowCanvas />
            <CodeEditorPanel />
          </main>
          <aside className="app-right" aria-label="Inspector">
            <Inspector />
          </aside>
          <Dock
            tabs={[
              { id: 'traces', label: 'Traces', panel: <TracesPanel /> },
              { id: 'logs', label: 'Logs', panel: <LogsPanel /> },
              { id: 'metrics', label: 'Metrics', panel: <MetricsPanel /> },
              { id: 'summary', label: 'Summary', panel: <RunSummaryPanel /> },
              { id: 'problems', label: <ProblemsTabLabel />, panel: <ProblemsPanel /> },
            ]}
          />
        </div>
        <Toasts />
        <GalleryDialog />
        <Tour />
      </FilesProvider>
    </ReactFlowProvider>
  );
}
