import type { ReactNode } from 'react';
import type { Path } from '../form/paths';
import { FieldShell } from '../../../components/FieldShell';
import type { FieldState } from '../form/useField';

/** What every bound field takes: where it writes, and how it explains itself. */
export interface FieldProps {
  path: Path;
  label: string;
  /** The CloudFormation / API property name, shown as a small hint. */
  aws?: string;
  /** The AWS default, e.g. "3 s": shown as "default 3 s". */
  def?: string;
  hint?: ReactNode;
  help?: string;
}

export function hintLine(def: string | undefined, hint: ReactNode, extra?: ReactNode): ReactNode {
  const parts: ReactNode[] = [];
  if (extra) parts.push(extra);
  if (hint) parts.push(hint);
  if (def) parts.push(`default ${def}`);
  if (parts.length === 0) return null;
  return parts.map((p, i) => (
    <span key={i}>
      {i > 0 && ' · '}
      {p}
    </span>
  ));
}

/** A field's frame: label, AWS name, hint and error, wired to the field's state. */
export function FieldFrame({
  f,
  label,
  aws,
  def,
  hint,
  help,
  extra,
  inline,
  children,
}: Omit<FieldProps, 'path'> & {
  f: Pick<FieldState, 'id' | 'error' | 'errorTestId'>;
  extra?: ReactNode;
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <FieldShell
      inline={inline}
      htmlFor={f.id}
      label={label}
      awsName={aws}
      hint={hintLine(def, hint, extra)}
      help={help}
      error={f.error}
      errorTestId={f.errorTestId}
    >
      {children}
    </FieldShell>
  );
}
