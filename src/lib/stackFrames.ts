/** A piece of a stack trace or log text: plain, or a frame in the handler file (1-based). */
export type StackPiece =
  { type: 'text'; text: string } | { type: 'frame'; text: string; line: number; column: number };

const FRAME = /file:\/\/\/var\/task\/index\.mjs:(\d+):(\d+)/g;

/** Splits text at each `file:///var/task/index.mjs:<line>:<col>` so frames can become links. */
export function splitFrames(text: string): StackPiece[] {
  const out: StackPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(FRAME)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    out.push({ type: 'frame', text: m[0], line: Number(m[1]), column: Number(m[2]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** The first frame of the handler file in a stack (where the error was thrown), or null. */
export function firstFrame(text: string): { line: number; column: number } | null {
  const f = splitFrames(text).find((p) => p.type === 'frame');
  return f && f.type === 'frame' ? { line: f.line, column: f.column } : null;
}
