export type Row = readonly [key: string, value: string];

export const recordToRows = (v: unknown): Row[] =>
  v && typeof v === 'object'
    ? Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)] as const)
    : [];

/** Rows as typed -> a record, or the first problem in words. Blank rows are ignored. */
export function rowsToRecord(
  rows: readonly Row[],
  noun: string,
): { value: Record<string, string> } | { error: string } {
  const out: Record<string, string> = {};
  for (const [k, v] of rows) {
    const key = k.trim();
    if (key === '' && v === '') continue;
    if (key === '') return { error: `Each ${noun} needs a name (the value "${v.slice(0, 20)}" has none).` };
    if (Object.hasOwn(out, key)) return { error: `The ${noun} "${key}" appears twice.` };
    out[key] = v;
  }
  return { value: out };
}
