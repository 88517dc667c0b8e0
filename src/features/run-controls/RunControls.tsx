import { useCallback } from 'react';
import { isActive, runSession, SPEEDS, useRunState, type Speed } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { nextSpeed, speedLabel, type RunAction } from './clock';
import { RunClock } from './RunClock';
import { RUN_ICONS } from './runIcons';
import { RunSettingsFields } from './RunSettingsFields';
import { useRunKeys } from './useRunKeys';
import { useRunSync } from './useRunSync';
import './runControls.css';

const selectRun = (s: StoreState) => s.run;

function start(paused = false): void {
  const { doc, dockTab, setDockTab, focusTrace, presenter } = useStore.getState();
  // Trace ids start again at 1: a trace picked in the last run would light up the wrong path.
  focusTrace(null);
  useStore.getState().setFollowTrace(null);
  runSession.start(doc, { seed: doc.run.seed, durationMs: doc.run.durationSeconds * 1000, paused });
  // On stage the dock stays closed until the presenter opens it.
  if (dockTab === 'problems' && !presenter) setDockTab('traces');
}

/** Everything a run needs in the top bar: run, pause/resume, step, stop, reset, speed, duration, seed, clock. */
export function RunControls() {
  useRunSync();
  const run = useStore(selectRun);
  const { speed } = useRunState();
  const active = run.status === 'running' || run.status === 'paused';
  const hasResult = run.status !== 'idle';

  const act = useCallback((action: RunAction) => {
    const s = runSession.getState();
    if (action === 'run') {
      if (s.status === 'paused') runSession.resume();
      else if (s.status !== 'running') start();
    } else if (action === 'pause') {
      if (s.status === 'running') runSession.pause();
      else if (s.status === 'paused') runSession.resume();
    } else if (action === 'step') {
      if (isActive(s)) runSession.step();
      else {
        start(true);
        runSession.step();
      }
    } else if (action === 'stop') runSession.stop();
    else if (action === 'reset') {
      runSession.reset();
      useStore.getState().focusTrace(null);
    } else runSession.setSpeed(nextSpeed(SPEEDS, s.speed, action === 'faster' ? 1 : -1));
  }, []);
  useRunKeys(act);

  return (
    <div className="run-controls" role="toolbar" aria-label="Run">
      <button
        className="run-button is-run"
        data-testid="run.start"
        onClick={() => start()}
        title={
          active
            ? 'Run again from the start (the current run is dropped)'
            : 'Run the flow (F5 or Ctrl/Cmd+Enter)'
        }
      >
        {RUN_ICONS.play}
        {active ? 'Restart' : 'Run'}
      </button>
      {run.status === 'paused' ? (
        <IconButton
          id="resume"
          label="Resume"
          keys="F5 or F6"
          onClick={() => act('pause')}
          extra="is-resume"
        />
      ) : (
        <IconButton
          id="pause"
          label="Pause"
          keys="F6"
          onClick={() => act('pause')}
          disabled={run.status !== 'running'}
        />
      )}
      <IconButton
        id="step"
        label="Step: run the next event and pause"
        keys="F10"
        onClick={() => act('step')}
      />
      <IconButton
        id="stop"
        label="Stop: end here, keeping the figures so far"
        keys="Shift+F5"
        onClick={() => act('stop')}
        disabled={!active}
      />
      <IconButton
        id="reset"
        label="Reset: clear the run from the canvas and panels"
        keys="Ctrl/Cmd+Shift+F5"
        onClick={() => act('reset')}
        disabled={!hasResult}
      />
      <label className="run-field" title="Speed: virtual seconds per real second (Ctrl/Cmd+[ and ])">
        <select
          aria-label="Speed"
          data-testid="run.speed"
          value={String(speed)}
          onChange={(e) => runSession.setSpeed(parseSpeed(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {s === 'max' ? 'Max' : speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <RunClock />
      <RunSettingsFields disabled={false} />
    </div>
  );
}

const ICON = { resume: 'play', pause: 'pause', step: 'step', stop: 'stop', reset: 'reset' } as const;

/** One icon button of the bar: its name (before the colon) is its accessible label, the keys go in the tooltip. */
function IconButton(props: {
  id: keyof typeof ICON;
  label: string;
  keys: string;
  onClick: () => void;
  disabled?: boolean;
  extra?: string;
}) {
  return (
    <button
      className={`run-button is-icon${props.extra ? ` ${props.extra}` : ''}`}
      data-testid={`run.${props.id}`}
      onClick={props.onClick}
      disabled={props.disabled}
      title={`${props.label} (${props.keys})`}
      aria-label={props.label.split(':')[0]}
    >
      {RUN_ICONS[ICON[props.id]]}
    </button>
  );
}

function parseSpeed(v: string): Speed {
  return v === 'max' ? 'max' : Number(v);
}
