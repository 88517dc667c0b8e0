import type { z } from 'zod';
import { valueAt, type PathKey } from './path';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Peels defaults, nullables and pipes off a schema. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/**
 * The schema that validates the value at `path` of `doc` (choosing union members by their
 * discriminator in the document), so messages can state the full allowed range.
 */
export function schemaAt(root: z.ZodType, doc: unknown, path: readonly PathKey[]): z.ZodType | null {
  let s = unwrap(root);
  for (let i = 0; i < path.length; i++) {
    const def = defOf(s);
    const key = path[i]!;
    let next: z.ZodType | undefined;
    if (def.type === 'object')
      next = (s as unknown as { shape: Record<string, z.ZodType> }).shape[String(key)];
    else if (def.type === 'array') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    else if (def.type === 'union' && def.discriminator) {
      const tag = valueAt(doc, [...path.slice(0, i), def.discriminator]);
      const option = def.options?.find((o) => {
        const shape = (unwrap(o) as unknown as { shape?: Record<string, z.ZodType> }).shape;
        const lit = shape && (defOf(shape[def.discriminator!]!) as unknown as { values?: unknown[] });
        return lit?.values?.includes(tag);
      });
      if (!option) return null;
      s = unwrap(option);
      i--;
      continue;
    }
    if (!next) return null;
    s = unwrap(next);
  }
  return s;
}

export interface NumberBounds {
  min: number | null;
  max: number | null;
  int: boolean;
}

export function numberBounds(schema: z.ZodType | null): NumberBounds | null {
  if (!schema || defOf(schema).type !== 'number') return null;
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const finite = (v: number | null) =>
    v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v;
  return { min: finite(n.minValue), max: finite(n.maxValue), int: n.isInt };
}
