import { useField } from '../form/useField';
import { FieldFrame, type FieldProps } from './types';

export interface ChecklistFieldProps extends FieldProps {
  options: readonly string[];
}

const noParse = () => ({ error: 'not typed' });
const none = () => '';

/** A set of enum values (S3 event types, retried responses) as checkboxes. */
export function ChecklistField({ path, label, aws, def, hint, help, options }: ChecklistFieldProps) {
  const f = useField(path, { label }, none, noParse);
  const chosen = Array.isArray(f.value) ? (f.value as string[]) : [];
  const toggle = (o: string, on: boolean) =>
    f.setValue(on ? options.filter((x) => x === o || chosen.includes(x)) : chosen.filter((x) => x !== o));
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help}>
      <div
        id={f.id}
        data-testid={f.testId}
        role="group"
        aria-label={label}
        aria-invalid={f.error ? true : undefined}
        className="insp-checklist"
      >
        {options.map((o) => (
          <label key={o} className="insp-check">
            <input
              type="checkbox"
              data-testid={`${f.testId}.${o}`}
              checked={chosen.includes(o)}
              onChange={(e) => toggle(o, e.target.checked)}
            />
            <code>{o}</code>
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}
