import { LoadProfile } from '../../../model';
import { NumberField } from '../fields/NumberField';
import { useForm } from '../form/FormContext';
import { useCommitAt } from '../form/useCommitAt';
import { convertLoad, describeLoad, LOAD_TYPES } from './loadProfiles';

const P = ['load'] as const;

/** The client's load: a profile type and its parameters. */
export function LoadProfileEditor() {
  const form = useForm();
  const { commitAt } = useCommitAt();
  const parsed = LoadProfile.safeParse((form.value as { load?: unknown }).load);
  if (!parsed.success) return null;
  const load = parsed.data;
  const n = (name: string, label: string, unit = 'req/s') => (
    <NumberField key={name} path={[...P, name]} label={label} unit={unit} />
  );
  return (
    <>
      <div className="fs-field">
        <div className="fs-label-row">
          <label className="fs-label" htmlFor="insp-load-type">
            Load profile
          </label>
        </div>
        <select
          id="insp-load-type"
          data-testid="inspector.field.load.type"
          value={load.type}
          onChange={(e) =>
            commitAt(P, convertLoad(load, e.target.value as LoadProfile['type']), 'Load profile')
          }
        >
          {LOAD_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <div className="fs-hint" data-testid="inspector.describe.load">
          {describeLoad(load)}
        </div>
      </div>
      {(load.type === 'constant' || load.type === 'poisson') && n('rate', 'Rate')}
      {load.type === 'ramp' && [n('from', 'From'), n('to', 'To'), n('durationSeconds', 'Ramp duration', 's')]}
      {load.type === 'spike' && [
        n('base', 'Base rate'),
        n('peak', 'Peak rate'),
        n('atSeconds', 'Starts at', 's'),
        n('durationSeconds', 'Lasts', 's'),
      ]}
      {load.type === 'wave' && [
        n('min', 'Minimum rate'),
        n('max', 'Maximum rate'),
        n('periodSeconds', 'Period', 's'),
      ]}
      {load.type === 'steps' && (
        <div className="insp-list">
          {load.steps.map((_, i) => (
            <div className="insp-pair" key={i}>
              <NumberField path={[...P, 'steps', i, 'atSeconds']} label={`Step ${i + 1} from`} unit="s" />
              <NumberField path={[...P, 'steps', i, 'rate']} label="Rate" unit="req/s" />
              <button
                type="button"
                className="insp-icon-btn"
                aria-label={`Remove step ${i + 1}`}
                disabled={load.steps.length === 1}
                onClick={() =>
                  commitAt(
                    [...P, 'steps'],
                    load.steps.filter((__, j) => j !== i),
                  )
                }
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="insp-add"
            data-testid="inspector.add.load.steps"
            onClick={() =>
              commitAt(
                [...P, 'steps'],
                [
                  ...load.steps,
                  { atSeconds: (load.steps.at(-1)?.atSeconds ?? 0) + 30, rate: load.steps.at(-1)?.rate ?? 1 },
                ],
              )
            }
          >
            + Add step
          </button>
        </div>
      )}
    </>
  );
}
