import { splitFrames } from '../../lib/stackFrames';

/** A piece of a shown message: text (a filter match or not), or a stack frame of the handler file. */
export type TextPiece =
  | { type: 'text'; text: string; match: boolean }
  | { type: 'frame'; text: string; line: number; column: number; match: boolean };

/**
 * Cuts a message into pieces: stack frames (`file:///var/task/index.mjs:L:C`) become their own
 * pieces, and the rest is split around each case-insensitive occurrence of `needle`.
 */
export function textPieces(text: string, needle: string): TextPiece[] {
  const lowNeedle = needle.trim().toLowerCase();
  const out: TextPiece[] = [];
  for (const p of splitFrames(text)) {
    if (p.type === 'frame') {
      out.push({ ...p, match: lowNeedle !== '' && p.text.toLowerCase().includes(lowNeedle) });
      continue;
    }
    // Lower-casing a few characters changes the length: then offsets would not line up, so no marks.
    if (lowNeedle === '' || p.text.toLowerCase().length !== p.text.length) {
      out.push({ type: 'text', text: p.text, match: false });
      continue;
    }
    const low = p.text.toLowerCase();
    let at = 0;
    for (let i = low.indexOf(lowNeedle); i >= 0; i = low.indexOf(lowNeedle, at)) {
      if (i > at) out.push({ type: 'text', text: p.text.slice(at, i), match: false });
      out.push({ type: 'text', text: p.text.slice(i, i + lowNeedle.length), match: true });
      at = i + lowNeedle.length;
    }
    if (at < p.text.length) out.push({ type: 'text', text: p.text.slice(at), match: false });
  }
  return out;
}
