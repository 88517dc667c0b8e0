import { useMemo } from 'react';
import { jsonFormat, jsonParse } from '../form/jsonParse';
import { useField } from '../form/useField';
import { FieldFrame, type FieldProps } from './types';

export interface JsonFieldProps extends FieldProps {
  mode: 'object' | 'text';
  nullable?: boolean;
  check?: (parsed: unknown) => string[];
  rows?: number;
  placeholder?: string;
}

/** A JSON textarea checked as you type; commits on blur or Ctrl+Enter. */
export function JsonField({
  path,
  label,
  aws,
  def,
  hint,
  help,
  mode,
  nullable,
  check,
  rows = 6,
  placeholder,
}: JsonFieldProps) {
  const parse = useMemo(() => jsonParse({ label, mode, nullable, check }), [label, mode, nullable, check]);
  const format = useMemo(() => jsonFormat(mode), [mode]);
  const f = useField(path, { label }, format, parse);
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help}>
      <textarea
        id={f.id}
        data-testid={f.testId}
        rows={rows}
        spellCheck={false}
        value={f.text}
        placeholder={placeholder}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.error ? `${f.id}-error` : undefined}
        onChange={(e) => f.onText(e.target.value)}
        onBlur={f.onCommit}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && f.onCommit()}
      />
    </FieldFrame>
  );
}
