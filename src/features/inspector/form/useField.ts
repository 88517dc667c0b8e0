import { useCallback, useState } from 'react';
import { useForm } from './FormContext';
import type { FieldMeta } from './issues';
import { getAt, pathKey, type Path } from './paths';
import { checkField } from './validate';

/** How a field's text turns into a value; a string result is an error message. */
export type Parse = (text: string) => { value: unknown } | { error: string };

export interface FieldState {
  /** What the input shows: the person's draft while there is one, else the document value. */
  text: string;
  error: string | null;
  value: unknown;
  /** A keystroke: validates, commits nothing. */
  onText: (text: string) => void;
  /** Blur or Enter: commits the draft when it is valid; a bad draft stays on screen. */
  onCommit: () => void;
  /** Selects and checkboxes: validates and commits at once. */
  setValue: (value: unknown) => void;
  id: string;
  testId: string;
  errorTestId: string;
}

/**
 * Binds one field to the form: keeps the draft text locally so a bad value is never
 * silently dropped, and commits one undo step per edit (not per keystroke).
 */
export function useField(
  path: Path,
  meta: FieldMeta,
  format: (v: unknown) => string,
  parse: Parse,
): FieldState {
  const form = useForm();
  const value = getAt(form.value, path);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = pathKey(path);

  const check = useCallback(
    (text: string) => {
      const parsed = parse(text);
      if ('error' in parsed) return { ok: false as const, message: parsed.error };
      return checkField(form.schema, form.value, path, parsed.value, meta);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form.schema, form.value, key, meta.label, meta.unit, parse],
  );

  const onText = (text: string) => {
    setDraft(text);
    const r = check(text);
    setError(r.ok ? null : r.message);
  };
  const onCommit = () => {
    if (draft === null) return;
    const r = check(draft);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    form.commit(r.next);
  };
  const setValue = (v: unknown) => {
    const r = checkField(form.schema, form.value, path, v, meta);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    form.commit(r.next);
  };
  return {
    text: draft ?? format(value),
    error,
    value,
    onText,
    onCommit,
    setValue,
    id: `insp-${key}`,
    testId: `inspector.field.${key}`,
    errorTestId: `inspector.error.${key}`,
  };
}
