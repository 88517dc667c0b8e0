import type { Flow } from '../model';
import type { Problem } from './problems';

/**
 * Why a file did not load. The UI maps each `type` with an exhaustive switch; every variant
 * also carries `message`, a sentence for a person, and `path` when it is about one place.
 */
export type LoadError =
  | { type: 'tooLarge'; message: string; bytes: number; limit: number }
  | { type: 'binary'; message: string }
  | { type: 'json'; message: string; line: number; column: number; truncated: boolean }
  | { type: 'notAFlow'; message: string; looksLike: string | null }
  | { type: 'badVersion'; message: string; found: unknown }
  | { type: 'tooNew'; message: string; version: number; supported: number }
  | { type: 'migration'; message: string; from: number; to: number; name: string | null }
  | { type: 'schema'; message: string; path: string; nodeId?: string; edgeId?: string; subject?: string }
  | { type: 'semantic'; message: string; path: string; nodeId?: string; edgeId?: string; subject?: string }
  /** A bug of ours met while loading; reported, never thrown. */
  | { type: 'internal'; message: string };

export type LoadErrorType = LoadError['type'];

/** The outcome of loading a file: the flow and its warnings, or every reason it was refused. */
export type LoadResult =
  | { readonly ok: true; readonly value: Flow; readonly problems: Problem[] }
  | { readonly ok: false; readonly error: LoadError[] };

/** One line for a person: where (if anywhere) and what is wrong. */
export function describeLoadError(error: LoadError): string {
  switch (error.type) {
    case 'tooLarge':
    case 'binary':
    case 'notAFlow':
    case 'badVersion':
    case 'tooNew':
    case 'migration':
    case 'internal':
      return error.message;
    case 'json':
      return `Line ${error.line}, column ${error.column}: ${error.message}`;
    case 'schema':
    case 'semantic':
      return `${error.path || '(file)'}${error.subject ? ` (${error.subject})` : ''}: ${error.message}`;
    default:
      return assertNever(error);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled load error ${JSON.stringify(value)}`);
}
