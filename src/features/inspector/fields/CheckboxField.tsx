import { FieldShell } from '../../../components/FieldShell';
import { useField } from '../form/useField';
import { hintLine, type FieldProps } from './types';

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
    <FieldShell
      inline
      htmlFor={f.id}
      label={label}
      awsName={aws}
      hint={hintLine(def, hint)}
      help={help}
      error={f.error}
      errorTestId={f.errorTestId}
    >
      <input
        id={f.id}
        data-testid={f.testId}
        type="checkbox"
        checked={checked}
        aria-invalid={f.error ? true : undefined}
        onChange={(e) => f.setValue(write ? write(e.target.checked) : e.target.checked)}
      />
    </FieldShell>
  );
}
