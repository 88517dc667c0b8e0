import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas, EditControls } from '../features/canvas';
import { Palette } from '../features/palette';
import { Inspector } from '../features/inspector';
import { FileMenu, FilesProvider, FlowTitle } from '../features/files';
import { ProblemsPanel, ProblemsTabLabel } from '../features/problems';
import { CodeEditorPanel } from '../features/code-editor';
import { RunControls } from '../features/run-controls';
import { RunSummaryPanel } from '../features/run-summary';
import { Toasts } from './Toasts';
import { Dock } from './Dock';
import './App.css';

/** The shell: top bar, palette, canvas, inspector, bottom dock (DESIGN.md "The interface"). */
export function App() {
  return (
    <ReactFlowProvider>
      <FilesProvider>
        <div className="app" data-testid="app">
          <header className="app-top" data-testid="topbar">
            <div className="app-brand" aria-label="Eventflow Studio">
              <span className="app-logo" aria-hidden>
                ⟿
              </span>
              Eventflow
            </div>
            <FileMenu />
            <EditControls />
            <RunControls />
            <FlowTitle />
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
              { id: 'problems', label: <ProblemsTabLabel />, panel: <ProblemsPanel /> },
              { id: 'summary', label: 'Summary', panel: <RunSummaryPanel /> },
            ]}
          />
        </div>
        <Toasts />
      </FilesProvider>
    </ReactFlowProvider>
  );
}
