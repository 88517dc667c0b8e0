import type { ReactNode } from 'react';
import type { Path } from '../form/paths';

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
