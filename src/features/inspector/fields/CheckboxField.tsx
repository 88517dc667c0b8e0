import { useField } from '../form/useField';
import { FieldFrame, type FieldProps } from './types';

export interface CheckboxFieldProps extends FieldProps {
  /** Map a non-boolean setting (['ReportBatchItemFailures'] vs []) to the box and back. */
  read?: (v: unknown) => boolean;
  write?: (checked: boolean) => unknown;
}

const noParse = () => ({ error: 'not typed' });
const none = () => '';

export function CheckboxField({ path, label, aws, def, hint, help, read, write }: CheckboxFieldProps) {
  const f = useField(path, { label }, none, noParse);
  const checked = read ? read(f.value) : f.value === true;
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help} inline>
      <input
        id={f.id}
        data-testid={f.testId}
        type="checkbox"
        checked={checked}
        aria-invalid={f.error ? true : undefined}
        onChange={(e) => f.setValue(write ? write(e.target.checked) : e.target.checked)}
      />
    </FieldFrame>
  );
}
