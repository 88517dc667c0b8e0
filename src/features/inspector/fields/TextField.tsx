import { useMemo } from 'react';
import { formatText, parseText } from '../form/parse';
import { useField, type Parse } from '../form/useField';
import { FieldFrame, type FieldProps } from './types';

export interface TextFieldProps extends FieldProps {
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** Empty text means null. */
  nullable?: boolean;
  mono?: boolean;
  /** Custom text <-> value mapping (a list edited one item per line). */
  parse?: Parse;
  format?: (v: unknown) => string;
  /** Overrides the test id derived from the path. */
  testId?: string;
}

export function TextField(props: TextFieldProps) {
  const { path, label, aws, def, hint, help, multiline, rows = 3, placeholder, nullable, mono } = props;
  const parse = useMemo(() => props.parse ?? parseText(nullable), [props.parse, nullable]);
  const f = useField(path, { label }, props.format ?? formatText, parse);
  const common = {
    id: f.id,
    'data-testid': props.testId ?? f.testId,
    value: f.text,
    placeholder,
    'aria-invalid': f.error ? true : undefined,
    'aria-describedby': f.error ? `${f.id}-error` : undefined,
    onBlur: f.onCommit,
    style: mono ? { fontFamily: 'var(--mono)' } : undefined,
  };
  return (
    <FieldFrame f={f} label={label} aws={aws} def={def} hint={hint} help={help}>
      {multiline ? (
        <textarea
          {...common}
          className={mono ? undefined : 'fs-prose'}
          rows={rows}
          spellCheck={false}
          onChange={(e) => f.onText(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          spellCheck={false}
          onChange={(e) => f.onText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && f.onCommit()}
        />
      )}
    </FieldFrame>
  );
}
