import { useForm } from '../form/FormContext';
import { convertDistribution, describeDistribution, DISTRIBUTION_TYPES } from '../form/distribution';
import { getAt, pathKey } from '../form/paths';
import { checkField } from '../form/validate';
import { Distribution } from '../../../model';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import type { FieldProps } from './types';
import type { Parse } from '../form/useField';

export interface DistributionFieldProps extends FieldProps {
  unit?: string;
  /** When set, the distribution may be null, and this says what null means. */
  nullMeaning?: string;
}

const parseSamples: Parse = (text) => {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const values = parts.map(Number);
  const bad = parts.find((_, i) => !Number.isFinite(values[i]));
  return bad !== undefined ? { error: `"${bad}" is not a number.` } : { value: values };
};
const formatSamples = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');

/** A random quantity: its type, its parameters, and what they mean in one line. */
export function DistributionField({
  path,
  label,
  aws,
  def,
  help,
  unit = 'ms',
  nullMeaning,
}: DistributionFieldProps) {
  const form = useForm();
  const raw = getAt(form.value, path);
  const parsed = Distribution.safeParse(raw);
  const d = parsed.success ? parsed.data : null;
  const key = pathKey(path);
  const setType = (t: string) => {
    const base = d ?? convertDistribution({ type: 'constant', value: 100 }, 'lognormal');
    const next = t === '' ? null : convertDistribution(base, t as Distribution['type']);
    const r = checkField(form.schema, form.value, path, next, { label });
    if (r.ok) form.commit(r.next);
  };
  const p = (name: string, text: string, extra?: { help?: string }) => (
    <NumberField path={[...path, name]} label={text} unit={name === 'sigma' ? undefined : unit} {...extra} />
  );
  return (
    <div className="insp-dist" role="group" aria-labelledby={`insp-${key}-label`}>
      <div className="fs-field">
        <div className="fs-label-row">
          <label id={`insp-${key}-label`} htmlFor={`insp-${key}`} className="fs-label">
            {label}
          </label>
          {aws && <code className="fs-aws">{aws}</code>}
        </div>
        <select
          id={`insp-${key}`}
          data-testid={`inspector.field.${key}.type`}
          value={d?.type ?? ''}
          onChange={(e) => setType(e.target.value)}
          title={help}
        >
          {nullMeaning !== undefined && <option value="">{nullMeaning}</option>}
          {DISTRIBUTION_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <div className="fs-hint" data-testid={`inspector.describe.${key}`}>
          {d ? describeDistribution(d, unit) : nullMeaning}
          {def && ` · default ${def}`}
        </div>
      </div>
      {d && (
        <div className="insp-dist-params">
          {d.type === 'constant' && p('value', 'Value')}
          {d.type === 'uniform' && (
            <>
              {p('min', 'Minimum')}
              {p('max', 'Maximum')}
            </>
          )}
          {d.type === 'normal' && (
            <>
              {p('mean', 'Mean')}
              {p('stddev', 'Standard deviation')}
            </>
          )}
          {d.type === 'lognormal' && (
            <>
              {p('median', 'Median')}
              {p('sigma', 'Spread (sigma)', {
                help: 'The standard deviation of the underlying normal. 0.2 is tight, 0.5 gives p99 ≈ 3.2 × median, 1 is very long-tailed.',
              })}
            </>
          )}
          {d.type === 'exponential' && p('mean', 'Mean')}
          {d.type === 'empirical' && (
            <TextField
              path={[...path, 'samples']}
              label={`Samples (${unit})`}
              multiline
              rows={2}
              mono
              parse={parseSamples}
              format={formatSamples}
              hint="Numbers separated by commas; each draw picks one."
            />
          )}
        </div>
      )}
    </div>
  );
}
