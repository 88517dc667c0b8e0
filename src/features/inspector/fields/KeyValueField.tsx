import { useState } from 'react';
import { FieldShell } from '../../../components/FieldShell';
import { useForm } from '../form/FormContext';
import { recordToRows, rowsToRecord, type Row } from '../form/keyValue';
import { getAt, pathKey } from '../form/paths';
import { checkField } from '../form/validate';
import { hintLine, type FieldProps } from './types';

export interface KeyValueFieldProps extends FieldProps {
  /** "variable", "header": used in messages and the add button. */
  noun: string;
  keyPlaceholder?: string;
}

/** A string-to-string map as editable rows; commits the whole map on blur. */
export function KeyValueField({
  path,
  label,
  aws,
  def,
  hint,
  help,
  noun,
  keyPlaceholder = 'NAME',
}: KeyValueFieldProps) {
  const form = useForm();
  const key = pathKey(path);
  const [draft, setDraft] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = draft ?? recordToRows(getAt(form.value, path));

  const check = (next: Row[]) => {
    const rec = rowsToRecord(next, noun);
    if ('error' in rec) return { ok: false as const, message: rec.error };
    return checkField(form.schema, form.value, path, rec.value, { label });
  };
  const edit = (next: Row[]) => {
    setDraft(next);
    const r = check(next);
    setError(r.ok ? null : r.message);
  };
  const commit = (next: Row[] | null = draft) => {
    if (next === null) return;
    const r = check(next);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    form.commit(r.next);
  };
  const id = `insp-${key}`;
  return (
    <FieldShell
      htmlFor={`${id}-0-key`}
      label={label}
      awsName={aws}
      hint={hintLine(def, hint)}
      help={help}
      error={error}
      errorTestId={`inspector.error.${key}`}
    >
      <div className="insp-kv" data-testid={`inspector.field.${key}`}>
        {rows.map(([k, v], i) => (
          <div className="insp-kv-row" key={i}>
            <input
              id={`${id}-${i}-key`}
              data-testid={`inspector.field.${key}.${i}.key`}
              aria-label={`${noun} ${i + 1} name`}
              aria-invalid={error ? true : undefined}
              placeholder={keyPlaceholder}
              spellCheck={false}
              value={k}
              onChange={(e) => edit(rows.map((r, j) => (j === i ? ([e.target.value, r[1]] as const) : r)))}
              onBlur={() => commit()}
            />
            <input
              data-testid={`inspector.field.${key}.${i}.value`}
              aria-label={`${noun} ${i + 1} value`}
              placeholder="value"
              spellCheck={false}
              value={v}
              onChange={(e) => edit(rows.map((r, j) => (j === i ? ([r[0], e.target.value] as const) : r)))}
              onBlur={() => commit()}
            />
            <button
              type="button"
              className="insp-icon-btn"
              aria-label={`Remove ${noun} ${k || i + 1}`}
              onClick={() => {
                const next = rows.filter((_, j) => j !== i);
                edit(next);
                commit(next);
              }}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="insp-add"
          data-testid={`inspector.add.${key}`}
          onClick={() => setDraft([...rows, ['', '']])}
        >
          + Add {noun}
        </button>
      </div>
    </FieldShell>
  );
}
