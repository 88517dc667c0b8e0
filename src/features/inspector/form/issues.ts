import type { z } from 'zod';
import type { NumberBounds } from './schemaAt';

/** What a message needs to name the field in words. */
export interface FieldMeta {
  label: string;
  /** Shown after numbers: "MB", "seconds". */
  unit?: string;
  bounds?: NumberBounds | null;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
const withUnit = (n: number, unit?: string) => (unit ? `${fmt(n)} ${unit}` : fmt(n));

/** "between 128 and 10,240 MB", "at least 1 second", or null without bounds. */
export function rangeText(bounds: NumberBounds | null | undefined, unit?: string): string | null {
  if (!bounds) return null;
  const { min, max } = bounds;
  if (min !== null && max !== null) return `between ${fmt(min)} and ${withUnit(max, unit)}`;
  if (min !== null) return `at least ${withUnit(min, unit)}`;
  if (max !== null) return `at most ${withUnit(max, unit)}`;
  return null;
}

type Issue = z.core.$ZodIssue;

/** One zod issue as a sentence a person understands, naming the field. */
export function issueMessage(issue: Issue, meta: FieldMeta): string {
  const { label, unit, bounds } = meta;
  const range = rangeText(bounds, unit);
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const origin = (issue as { origin?: string }).origin;
      const limit = Number(
        issue.code === 'too_small'
          ? (issue as { minimum: unknown }).minimum
          : (issue as { maximum: unknown }).maximum,
      );
      if (origin === 'number' && (issue as { inclusive?: boolean }).inclusive === false) {
        return `${label} must be ${issue.code === 'too_small' ? 'greater' : 'less'} than ${withUnit(limit, unit)}.`;
      }
      if (origin === 'number' && range) return `${label} must be ${range}.`;
      const side = issue.code === 'too_small' ? 'at least' : 'at most';
      if (origin === 'string')
        return limit === 1 && side === 'at least'
          ? `${label} must not be empty.`
          : `${label} must be ${side} ${fmt(limit)} characters.`;
      if (origin === 'array')
        return `${label} must have ${side} ${fmt(limit)} ${limit === 1 ? 'item' : 'items'}.`;
      return `${label} must be ${side} ${withUnit(limit, unit)}.`;
    }
    case 'invalid_type': {
      if (issue.expected === 'int') return `${label} must be a whole number${range ? ` ${range}` : ''}.`;
      if (issue.expected === 'number') return `${label} must be a number.`;
      if (issue.expected === 'record' || issue.expected === 'object')
        return `${label} must be a JSON object ({ ... }).`;
      return `${label} must be ${article(issue.expected)}.`;
    }
    case 'invalid_value':
      return `${label} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_key': {
      const inner = issue.issues[0];
      const key = String(issue.path[issue.path.length - 1] ?? '');
      return `The name "${key}" is not allowed: ${inner ? lower(inner.message) : 'invalid name'}.`;
    }
    case 'not_multiple_of':
      return `${label} must be a multiple of ${fmt(Number(issue.divisor))}.`;
    default:
      return sentence(label, issue.message);
  }
}

/** Schema messages are written as predicates ("must look like ..."): prefix the field. */
export function sentence(label: string, message: string): string {
  const text = /^[a-z]/.test(message) ? `${label} ${message}` : message;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
