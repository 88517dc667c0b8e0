import { findJsonSyntaxError } from '../../../lib/jsonSyntax';
import type { Parse } from './useField';

export interface JsonParseOptions {
  label: string;
  /** 'object': the setting holds parsed JSON; 'text': it holds the JSON text itself. */
  mode: 'object' | 'text';
  nullable?: boolean;
  /** Extra rules for the parsed value (event pattern, filter policy): problems in words. */
  check?: (parsed: unknown) => string[];
}

/** Parses JSON typed in a textarea, with the line and column of a syntax error. */
export function jsonParse({ label, mode, nullable, check }: JsonParseOptions): Parse {
  return (text) => {
    if (text.trim() === '')
      return nullable ? { value: null } : { error: `${label} is required (write {} for an empty object).` };
    const syntax = findJsonSyntaxError(text);
    if (syntax) {
      const message = syntax.truncated ? 'the JSON is not finished' : syntax.message;
      return {
        error: `${label} is not valid JSON: line ${syntax.line}, column ${syntax.column}: ${message}.`,
      };
    }
    const parsed: unknown = JSON.parse(text);
    if (mode === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
      return { error: `${label} must be a JSON object ({ ... }).` };
    }
    const problems = check ? check(parsed) : [];
    if (problems.length > 0)
      return { error: `${label}: ${problems.join('; ')}${/[.!?]$/.test(problems.at(-1)!) ? '' : '.'}` };
    return { value: mode === 'object' ? parsed : text };
  };
}

export function jsonFormat(mode: 'object' | 'text'): (v: unknown) => string {
  return (v) => (v === null || v === undefined ? '' : mode === 'text' ? String(v) : prettyJson(v));
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

/** Indented JSON that keeps short arrays of scalars on one line, as patterns read best. */
export function prettyJson(v: unknown, indent = ''): string {
  if (isScalar(v)) return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const flat = `[${v.map((x) => prettyJson(x, inner)).join(', ')}]`;
    if (v.every(isScalar) && flat.length <= 60) return flat;
    if (flat.length <= 50 && !flat.includes('\n')) return flat;
    return `[\n${v.map((x) => inner + prettyJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${prettyJson(x, inner)}`).join(', ')} }`;
  if (indent !== '' && flat.length <= 50 && !flat.includes('\n')) return flat;
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${prettyJson(x, inner)}`).join(',\n')}\n${indent}}`;
}
