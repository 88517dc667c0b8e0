import type { z } from 'zod';
import { issueMessage, sentence, type FieldMeta } from './issues';
import { setAt, startsWith, type Path } from './paths';
import { numberBounds, schemaAt } from './schemaAt';

export type Checked = { ok: true; next: unknown } | { ok: false; message: string };

/**
 * Validates `value` at `path` by checking the whole candidate object with its schema, so
 * cross-field rules (max >= min, unions) apply. On success `next` is the parsed candidate
 * (defaults filled in), ready to commit.
 */
export function checkField(
  schema: z.ZodType,
  current: unknown,
  path: Path,
  value: unknown,
  meta: FieldMeta,
): Checked {
  const candidate = setAt(current, path, value);
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, next: result.data };
  const issues = result.error.issues;
  const own = issues.find((i) => startsWith(i.path as Path, path));
  const bounds = meta.bounds !== undefined ? meta.bounds : numberBounds(schemaAt(schema, path, candidate));
  if (own) {
    const ownPath = own.path as Path;
    // An issue deeper than the field (a key of a JSON object, a sub-field) names its own part.
    const label =
      ownPath.length > path.length &&
      typeof ownPath[ownPath.length - 1] === 'string' &&
      own.code !== 'invalid_key'
        ? `${meta.label}: ${String(ownPath[ownPath.length - 1])}`
        : meta.label;
    return {
      ok: false,
      message: issueMessage(own, { ...meta, label, bounds: ownPath.length === path.length ? bounds : null }),
    };
  }
  // The document was valid before this edit: whatever fails now is this edit's doing.
  if (schema.safeParse(current).success) {
    const first = issues[0]!;
    if (first.code === 'custom')
      return { ok: false, message: `${meta.label}: ${sentence('', first.message).trim()}` };
    const last = first.path[first.path.length - 1];
    return {
      ok: false,
      message: issueMessage(first, { label: typeof last === 'string' ? last : meta.label }),
    };
  }
  return { ok: true, next: candidate };
}
