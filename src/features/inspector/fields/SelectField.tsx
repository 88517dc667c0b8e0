import { useField } from '../form/useField';
import { FieldFrame, type FieldProps } from './types';

export interface SelectOption {
  value: string | null;
  label: string;
}

export interface SelectFieldProps extends FieldProps {
  options: readonly SelectOption[];
}

const NULL = '\u0000null';
const toText = (v: unknown) => (v === null || v === undefined ? NULL : String(v));
const noParse = () => ({ error: 'not typed' });

/** A choice among fixed values; commits at once (one undo step). */
export function SelectField({ path, label, aws, def, hint, help, options }: SelectFieldProps) {
  const f = useField(path, { label }, toText, noParse);
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help}>
      <select
        id={f.id}
        data-testid={f.testId}
        value={toText(f.value)}
        aria-invalid={f.error ? true : undefined}
        onChange={(e) => f.setValue(options.find((o) => toText(o.value) === e.target.value)?.value ?? null)}
      >
        {options.map((o) => (
          <option key={toText(o.value)} value={toText(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Options from an enum's values, shown as they are (AWS spells them that way). */
export const enumOptions = (values: readonly string[]): SelectOption[] =>
  values.map((v) => ({ value: v, label: v }));
