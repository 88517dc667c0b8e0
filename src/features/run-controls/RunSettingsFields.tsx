import { useState } from 'react';
import { useStore, type StoreState } from '../../store';
import { randomSeed } from './clock';
import { RUN_ICONS } from './runIcons';

const selectRun = (s: StoreState) => s.doc.run;

/** A number field that keeps bad text (and says why) and commits a valid value on Enter or blur. */
function NumberField(props: {
  testId: string;
  label: string;
  title: string;
  value: number;
  unit?: string;
  width: number;
  check: (n: number) => string | null;
  commit: (n: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(props.value);
  const n = Number(shown);
  const error = shown.trim() === '' || !Number.isFinite(n) ? 'Enter a number' : props.check(n);
  const done = () => {
    if (!error && n !== props.value) props.commit(n);
    if (!error) setText(null);
  };
  return (
    <label className="run-field" title={error ?? props.title}>
      <span className="run-label">{props.label}</span>
      <input
        data-testid={props.testId}
        inputMode="numeric"
        aria-invalid={error ? true : undefined}
        style={{ width: props.width }}
        value={shown}
        onChange={(e) => setText(e.target.value)}
        onBlur={done}
        onKeyDown={(e) => {
          if (e.key === 'Enter') done();
          if (e.key === 'Escape') setText(null);
        }}
      />
      {props.unit && <span className="run-unit">{props.unit}</span>}
    </label>
  );
}

/** The flow's run settings people change most: duration and seed (saved in the flow, undoable). */
export function RunSettingsFields({ disabled }: { disabled: boolean }) {
  const run = useStore(selectRun);
  const setRun = (patch: Partial<typeof run>) => useStore.getState().change({ type: 'setRun', run: patch });
  return (
    <fieldset className="run-settings" disabled={disabled} aria-label="Run settings" data-edit-only>
      <NumberField
        testId="run.duration"
        label="Duration"
        title="Run duration, in virtual seconds (saved in the flow)"
        unit="s"
        width={56}
        value={run.durationSeconds}
        check={(v) => (v < 0.001 || v > 31 * 86_400 ? 'Between 0.001 s and 31 days' : null)}
        commit={(v) => setRun({ durationSeconds: v })}
      />
      <NumberField
        testId="run.seed"
        label="Seed"
        title="Seed: the same flow and seed give the same run (saved in the flow)"
        width={58}
        value={run.seed}
        check={(v) =>
          !Number.isInteger(v) || v < 0 || v > 2 ** 32 - 1 ? 'A whole number from 0 to 4294967295' : null
        }
        commit={(v) => setRun({ seed: v })}
      />
      <button
        type="button"
        className="run-icon"
        data-testid="run.newSeed"
        title="New seed: a different, equally reproducible run"
        aria-label="New seed"
        onClick={() => setRun({ seed: randomSeed() })}
      >
        {RUN_ICONS.dice}
      </button>
    </fieldset>
  );
}
