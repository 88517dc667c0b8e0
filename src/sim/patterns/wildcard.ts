/**
 * EventBridge wildcards: `*` matches any run of characters (including none); `\*` is a literal
 * star and `\\` a literal backslash. Consecutive stars and other escapes are refused, as the
 * EventBridge rule engine (aws/event-ruler WildcardParser) refuses them.
 */
export type WildcardParse = { ok: true; segments: string[] } | { ok: false; error: string };

export function parseWildcard(pattern: string): WildcardParse {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        return { ok: false, error: `has two * in a row at position ${i} (write a single *)` };
      }
      segments.push(current);
      current = '';
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        return { ok: false, error: `has an invalid escape at position ${i} (only \\* and \\\\ are allowed)` };
      }
      current += next;
      i++;
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return { ok: true, segments };
}

/** Anchored match; the middle pieces are found left to right, which is exact for `*`-only globs. */
export function matchWildcard(segments: readonly string[], value: string): boolean {
  const first = segments[0] ?? '';
  if (segments.length === 1) return value === first;
  const last = segments[segments.length - 1] ?? '';
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  const end = value.length - last.length;
  let pos = first.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const piece = segments[i] ?? '';
    const at = value.indexOf(piece, pos);
    if (at < 0 || at + piece.length > end) return false;
    pos = at + piece.length;
  }
  return true;
}
