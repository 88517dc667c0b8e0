import type { z } from 'zod';
import { KINDS } from '../model';
import type { LoadError } from './errors';
import { formatPath, showValue, valueAt, type PathKey } from './path';
import { numberBounds, schemaAt } from './schemaAt';

/** Units of settings named after AWS properties, so a range reads "128 to 10,240 MB". */
const UNITS: [RegExp, string][] = [
  [/^memorySize$|^durationMeasuredAtMemory$/, ' MB'],
  [/Seconds$|^timeout$|^visibilityTimeout$|^messageRetentionPeriod$/, ' seconds'],
  [/Ms$|Millis$/, ' ms'],
  [/^maximumMessageSize$/, ' bytes'],
  [/Hours$/, ' hours'],
  [/Days$/, ' days'],
];

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

const KIND_NAMES = new Set<string>(KINDS.map((k) => k.kind));
const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

/** Turns zod issues into schema errors that name the JSON path, the node or edge, and the rule. */
export function schemaErrors(
  schema: z.ZodType,
  doc: unknown,
  issues: readonly z.core.$ZodIssue[],
): LoadError[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    return {
      type: 'schema',
      path: formatPath(path),
      message: describeIssue(schema, doc, path, issue),
      ...subjectOf(doc, path),
    };
  });
}

function subjectOf(
  doc: unknown,
  path: readonly PathKey[],
): { nodeId?: string; edgeId?: string; subject?: string } {
  const [list, index] = path;
  if (typeof index !== 'number' || (list !== 'nodes' && list !== 'edges')) return {};
  const item = valueAt(doc, [list, index]) as Record<string, unknown> | undefined;
  const id = typeof item?.id === 'string' ? item.id : undefined;
  if (list === 'edges') return id ? { edgeId: id, subject: `edge "${id}"` } : {};
  const label = typeof item?.label === 'string' && item.label.trim() !== '' ? item.label : undefined;
  const kind = typeof item?.kind === 'string' && KIND_NAMES.has(item.kind) ? item.kind : 'node';
  const subject = label ? `${kind} "${label}"` : id ? `${kind} "${id}"` : undefined;
  return { ...(id ? { nodeId: id } : {}), ...(subject ? { subject } : {}) };
}

function describeIssue(
  schema: z.ZodType,
  doc: unknown,
  path: readonly PathKey[],
  issue: z.core.$ZodIssue,
): string {
  const got = valueAt(doc, path);
  const gotText = `(got ${showValue(got)})`;
  const custom = !isDefaultMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (got === undefined) return `is missing: it must be ${expected}`;
      if (issue.expected === 'int' && typeof got === 'number')
        return `must be ${expected}${rangeText(schema, doc, path)} ${gotText}`;
      return `must be ${expected} ${gotText}`;
    }
    case 'too_small':
    case 'too_big': {
      if (custom) return `${issue.message} ${gotText}`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return rangeMessage(schema, doc, path, issue, gotText);
      const n = num(Number(issue.code === 'too_small' ? issue.minimum : issue.maximum));
      const unit = issue.origin === 'string' ? 'characters' : 'items';
      const size = typeof got === 'string' || Array.isArray(got) ? ` (it has ${num(got.length)})` : '';
      return `must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${n} ${unit}${size}`;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options?.map(String).join(', ') ?? '';
        const what =
          issue.discriminator === 'kind'
            ? 'a node kind'
            : path[0] === 'edges' && path.length === 4
              ? 'an edge type'
              : `a known ${issue.discriminator}`;
        return got === undefined
          ? `is missing: it must be one of ${options}`
          : `${showValue(got)} is not ${what}; use one of ${options}`;
      }
      return `does not match any allowed form ${gotText}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return values.length === 1
        ? `must be ${values[0]} ${gotText}`
        : `must be one of ${values.join(', ')} ${gotText}`;
    }
    case 'invalid_format':
      return custom ? `${issue.message} ${gotText}` : `has the wrong form ${gotText}`;
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return `${JSON.stringify(path[path.length - 1])} is not allowed as a name${inner && !isDefaultMessage(inner) ? `: ${inner}` : ''}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${num(Number(issue.divisor))} ${gotText}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    case 'custom':
      return typeof got === 'number' ? `${issue.message} ${gotText}` : issue.message;
    default:
      return issue.message;
  }
}

/** " from 1 to 900 seconds" for a whole-number field, or "" when it has no bounds. */
function rangeText(schema: z.ZodType, doc: unknown, path: readonly PathKey[]): string {
  const bounds = numberBounds(schemaAt(schema, doc, path));
  if (!bounds || bounds.min === null || bounds.max === null) return '';
  return ` from ${num(bounds.min)} to ${num(bounds.max)}${unitOf(path)}`;
}

function unitOf(path: readonly PathKey[]): string {
  const key = path[path.length - 1];
  return typeof key === 'string' ? (UNITS.find(([re]) => re.test(key))?.[1] ?? '') : '';
}

function rangeMessage(
  schema: z.ZodType,
  doc: unknown,
  path: readonly PathKey[],
  issue: z.core.$ZodIssue,
  gotText: string,
): string {
  const unit = unitOf(path);
  const bounds = numberBounds(schemaAt(schema, doc, path));
  const min = bounds?.min ?? (issue.code === 'too_small' ? Number(issue.minimum) : null);
  const max = bounds?.max ?? (issue.code === 'too_big' ? Number(issue.maximum) : null);
  if (issue.code === 'too_small' && 'inclusive' in issue && issue.inclusive === false)
    return `must be more than ${num(Number(issue.minimum))}${unit} ${gotText}`;
  if (min !== null && max !== null) return `must be between ${num(min)} and ${num(max)}${unit} ${gotText}`;
  if (min !== null)
    return min === 0 ? `must not be negative ${gotText}` : `must be at least ${num(min)}${unit} ${gotText}`;
  return `must be at most ${num(max ?? 0)}${unit} ${gotText}`;
}
