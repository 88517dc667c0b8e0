import { useForm } from './FormContext';
import { getAt, type Path } from './paths';
import { checkField } from './validate';

/** For buttons (add a rule, remove a step): validate the whole candidate, commit one step. */
export function useCommitAt() {
  const form = useForm();
  const commitAt = (path: Path, value: unknown, label = 'This change'): string | null => {
    const r = checkField(form.schema, form.value, path, value, { label });
    if (!r.ok) return r.message;
    form.commit(r.next);
    return null;
  };
  const listAt = (path: Path): unknown[] => {
    const v = getAt(form.value, path);
    return Array.isArray(v) ? v : [];
  };
  return { commitAt, listAt, value: form.value };
}
