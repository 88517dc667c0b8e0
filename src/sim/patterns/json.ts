/** A JSON scalar: the only kind of value that event patterns compare against. */
export type Leaf = string | number | boolean | null;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a pattern key like "constructor" must not reach Object.prototype. */
export function ownField(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function isLeaf(value: unknown): value is Leaf {
  const t = typeof value;
  return value === null || t === 'string' || t === 'boolean' || (t === 'number' && Number.isFinite(value));
}

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Dotted path as people write it (`detail.price`); odd keys are quoted so paths stay unambiguous. */
export function joinPath(base: string, key: string): string {
  const step = SIMPLE_KEY.test(key) ? key : JSON.stringify(key);
  if (base === '') return step;
  return SIMPLE_KEY.test(key) ? `${base}.${key}` : `${base}[${step}]`;
}

const MAX_SHOWN = 48;

/** A short, typed rendering for messages: strings keep their quotes so 5 and "5" look different. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

/** What a field holds, in words when it is not a plain value (explanations show this). */
export function showActual(value: unknown): string {
  if (value === undefined) return 'missing';
  if (isPlainObject(value)) return 'an object';
  return show(value);
}

export interface JsonInput {
  readonly value: unknown;
  /** The JSON text, for size limits; undefined when the input could not be serialized. */
  readonly text: string | undefined;
}

/**
 * Patterns arrive either as JSON text (what AWS APIs take) or as already-parsed values
 * (what flow files hold). Text that does not parse becomes a problem, never an exception.
 */
export function readJsonInput(input: unknown, what: string, problems: string[]): JsonInput | undefined {
  if (typeof input === 'string') {
    try {
      return { value: JSON.parse(input) as unknown, text: input };
    } catch (e) {
      problems.push(`${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    text = undefined;
  }
  return { value: input, text };
}

/** UTF-8 byte length without TextEncoder, which the DOM-free core cannot assume. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
