import { useCallback, useEffect } from 'react';
import { runSession } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { formatClock, runKey } from './clock';
import { useRunSync } from './useRunSync';
import './runControls.css';

const selectRun = (s: StoreState) => s.run;
const selectDurationMs = (s: StoreState) => s.doc.run.durationSeconds * 1000;

/** Run / Stop and the virtual clock in the top bar; seed and duration come from the flow's run settings. */
export function RunControls() {
  useRunSync();
  const run = useStore(selectRun);
  const flowDurationMs = useStore(selectDurationMs);
  const running = run.status === 'running';

  const start = useCallback(() => {
    const { doc, setDockTab } = useStore.getState();
    runSession.start(doc, { seed: doc.run.seed, durationMs: doc.run.durationSeconds * 1000 });
    setDockTab('summary');
  }, []);
  const stop = useCallback(() => runSession.stop(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = runKey(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'stop') stop();
      else if (runSession.getState().status !== 'running') start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [start, stop]);

  const durationMs = run.status === 'idle' ? flowDurationMs : run.durationMs;
  return (
    <div className="run-controls" role="toolbar" aria-label="Run">
      <button
        className="run-button is-run"
        data-testid="run.start"
        onClick={start}
        disabled={running}
        title="Run the flow (F5 or Ctrl/Cmd+Enter)"
      >
        ▶ Run
      </button>
      <button
        className="run-button"
        data-testid="run.stop"
        onClick={stop}
        disabled={!running}
        title="Stop the run (Shift+F5)"
      >
        ■ Stop
      </button>
      <span
        className={`run-progress is-${run.status}`}
        data-testid="run.progress"
        data-status={run.status}
        title={run.error ?? undefined}
      >
        <span className="run-bar" aria-hidden>
          <span style={{ width: `${Math.round(run.progress * 100)}%` }} />
        </span>
        {formatClock(run.virtualMs, durationMs)}
        {run.status === 'failed' && <span className="run-error"> failed: {run.error}</span>}
        {run.status === 'stopped' && <span className="run-note"> stopped</span>}
      </span>
    </div>
  );
}
