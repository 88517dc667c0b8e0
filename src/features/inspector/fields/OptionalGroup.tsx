import type { ReactNode } from 'react';
import { useForm } from '../form/FormContext';
import { getAt, pathKey, type Path } from '../form/paths';
import { checkField } from '../form/validate';

export interface OptionalGroupProps {
  /** A nullable setting: off = null, on = `initial` until edited. */
  path: Path;
  label: string;
  aws?: string;
  hint?: string;
  initial: unknown;
  children: ReactNode;
}

/** A setting that is either off (null) or an object with its own fields (a usage plan). */
export function OptionalGroup({ path, label, aws, hint, initial, children }: OptionalGroupProps) {
  const form = useForm();
  const on = getAt(form.value, path) !== null && getAt(form.value, path) !== undefined;
  const key = pathKey(path);
  return (
    <div className={`insp-optional${on ? ' is-on' : ''}`}>
      <div className="fs-field fs-inline">
        <div className="fs-inline-row">
          <input
            id={`insp-${key}-on`}
            type="checkbox"
            data-testid={`inspector.field.${key}.enabled`}
            checked={on}
            onChange={(e) => {
              const r = checkField(form.schema, form.value, path, e.target.checked ? initial : null, {
                label,
              });
              if (r.ok) form.commit(r.next);
            }}
          />
          <label htmlFor={`insp-${key}-on`} className="fs-label">
            {label}
          </label>
          {aws && <code className="fs-aws">{aws}</code>}
        </div>
        {hint && <div className="fs-hint">{hint}</div>}
      </div>
      {on && <div className="insp-optional-body">{children}</div>}
    </div>
  );
}
