/** A location inside a settings object: keys and array indexes, as zod reports them. */
export type Path = readonly (string | number)[];

/** `memorySize`, `rules.0.eventPattern`: the form used in test ids and error lookups. */
export const pathKey = (path: Path): string => path.map(String).join('.');

export function getAt(value: unknown, path: Path): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A copy of `value` with `path` set to `next`; untouched branches keep their identity. */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(key)] = setAt(value[Number(key)], rest, next);
    return copy;
  }
  const base = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { ...base, [key]: setAt(base[key], rest, next) };
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => String(k) === String(path[i]));
}
