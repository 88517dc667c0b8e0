import { formatNumber, parseNumber } from '../form/parse';
import { useField } from '../form/useField';
import { useMemo } from 'react';
import { FieldFrame, type FieldProps } from './types';

export interface NumberFieldProps extends FieldProps {
  unit?: string;
  /** Empty means null (no limit, not set); the placeholder says what null means. */
  nullable?: boolean;
  placeholder?: string;
  /** A reading of the value in other units ("4 days"). */
  describe?: (v: number) => string | null;
}

export function NumberField({
  path,
  label,
  aws,
  def,
  hint,
  help,
  unit,
  nullable,
  placeholder,
  describe,
}: NumberFieldProps) {
  const parse = useMemo(() => parseNumber(label, nullable), [label, nullable]);
  const f = useField(path, { label, unit }, formatNumber, parse);
  const described = describe && typeof f.value === 'number' ? describe(f.value) : null;
  const extra = described ? `= ${described}` : null;
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help} extra={extra}>
      <div className="fs-unit-wrap">
        <input
          id={f.id}
          data-testid={f.testId}
          inputMode="decimal"
          type="text"
          value={f.text}
          placeholder={placeholder}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={f.error ? `${f.id}-error` : undefined}
          onChange={(e) => f.onText(e.target.value)}
          onBlur={f.onCommit}
          onKeyDown={(e) => e.key === 'Enter' && f.onCommit()}
        />
        {unit && <span className="fs-unit">{unit}</span>}
      </div>
    </FieldFrame>
  );
}
