import { decodeUtf8 } from '../lib/utf8';
import { findExcessiveNesting, findJsonSyntaxError } from '../lib/jsonSyntax';
import { err, ok, type Result } from '../lib/result';
import type { LoadError } from './errors';

/** Flow files above this are refused before anything reads them. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MAGIC: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
];

/** Size limit, then binary detection, then strict UTF-8 decoding. */
export function readText(input: string | Uint8Array, maxBytes: number): Result<string, LoadError> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    return err({
      type: 'tooLarge',
      bytes: size,
      limit: maxBytes,
      message: `This file is ${megabytes(size)}; a flow file can be at most ${megabytes(maxBytes)}. Is it the right file?`,
    });
  }
  if (typeof input === 'string') {
    return input.includes('\u0000') ? err(binary(null)) : ok(stripBom(input));
  }
  const kind = MAGIC.find(([magic]) => magic.every((b, i) => input[i] === b))?.[1] ?? null;
  if (kind !== null || input.indexOf(0) !== -1) return err(binary(kind));
  const text = decodeUtf8(input);
  return text === null ? err(binary(null, 'it is not UTF-8 text')) : ok(stripBom(text));
}

/** Far deeper than any flow (a deep event pattern needs ~10): more is an attack or an accident. */
export const MAX_NESTING = 100;

/** JSON.parse, and on failure our own scan for the line, column and reason. */
export function parseJson(text: string): Result<unknown, LoadError> {
  const deep = findExcessiveNesting(text, MAX_NESTING);
  if (deep)
    return err({
      type: 'json',
      line: deep.line,
      column: deep.column,
      truncated: false,
      message: `The JSON is ${deep.message}.`,
    });
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    if (text.trim() === '')
      return err({ type: 'json', line: 1, column: 1, truncated: true, message: 'The file is empty.' });
    const where = findJsonSyntaxError(text) ?? {
      line: 1,
      column: 1,
      truncated: false,
      message: 'the file is not valid JSON',
    };
    return err({
      type: 'json',
      line: where.line,
      column: where.column,
      truncated: where.truncated,
      message: `Not valid JSON: ${where.message}.`,
    });
  }
}

function binary(kind: string | null, why?: string): LoadError {
  const detail = kind ? ` (it looks like ${kind})` : why ? ` (${why})` : '';
  return {
    type: 'binary',
    message: `This is a binary file${detail}, not a flow file. Flow files are JSON text (.eventflow.json).`,
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
