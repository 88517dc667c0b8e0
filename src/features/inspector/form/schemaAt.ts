import type { z } from 'zod';
import { getAt, type Path } from './paths';

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
}
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional', 'readonly', 'catch']);

/** Strips default/nullable/optional wrappers to reach the schema that checks the value. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let d = def(s); WRAPPERS.has(d.type) && d.innerType; d = def(s)) s = d.innerType;
  return s;
}

/**
 * The schema of the value at `path` inside `root`, or null when the path leaves the schema.
 * `value` (the whole candidate) picks the branch of a discriminated union.
 */
export function schemaAt(root: z.ZodType, path: Path, value: unknown): z.ZodType | null {
  let s: z.ZodType = root;
  for (let i = 0; i <= path.length; i++) {
    s = unwrap(s);
    const d = def(s);
    if (d.type === 'union' && d.options && d.discriminator) {
      const tag = (getAt(value, path.slice(0, i)) as Record<string, unknown> | undefined)?.[d.discriminator];
      const opt = d.options.find((o) => {
        const shape = def(unwrap(o)).shape;
        const lit = shape?.[d.discriminator!];
        return (
          lit !== undefined &&
          (lit as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values?.includes(tag)
        );
      });
      if (!opt) return null;
      s = unwrap(opt);
    }
    if (i === path.length) return s;
    const key = path[i]!;
    const dd = def(s);
    if (dd.type === 'object' && dd.shape) s = dd.shape[String(key)] ?? null!;
    else if (dd.type === 'array' && dd.element) s = dd.element;
    else if (dd.type === 'record' && dd.valueType) s = dd.valueType;
    else return null;
    if (!s) return null;
  }
  return s;
}

export interface NumberBounds {
  min: number | null;
  max: number | null;
  int: boolean;
}

/** The range a number schema accepts, for messages like "between 128 and 10,240". */
export function numberBounds(schema: z.ZodType | null): NumberBounds | null {
  if (!schema) return null;
  const s = unwrap(schema) as unknown as {
    minValue?: number | null;
    maxValue?: number | null;
    isInt?: boolean;
    _zod: { def: Def };
  };
  if (s._zod.def.type !== 'number') return null;
  const fin = (v: number | null | undefined) =>
    v === undefined || v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v;
  return { min: fin(s.minValue), max: fin(s.maxValue), int: s.isInt === true };
}
