import type { ErrorInfo } from '../protocol/messages';

/** Where Lambda puts the handler file: stacks name it, as on AWS. */
export const TASK_FILE = 'file:///var/task/index.mjs';

/**
 * Maps a stack to the handler's own file and lines: frames in the handler module get
 * `file:///var/task/index.mjs:<line>:<col>` (line 1 loses the prologue's width), frames of
 * the sandbox itself are dropped.
 */
export function mapStack(stack: string, moduleUrl: string, prologueWidth: number): string {
  const lines = stack.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (!/^\s+at /.test(line)) {
      if (out.length === 0 || !/^\s+at /.test(out[out.length - 1] ?? ''))
        out.push(line.split(moduleUrl).join(TASK_FILE));
      continue;
    }
    const at = line.indexOf(moduleUrl);
    if (at < 0) continue;
    const rest = line.slice(at + moduleUrl.length);
    const pos = /^:(\d+):(\d+)/.exec(rest);
    if (!pos) continue;
    const row = Number(pos[1]);
    const col = row === 1 ? Math.max(1, Number(pos[2]) - prologueWidth) : Number(pos[2]);
    out.push(`${line.slice(0, at)}${TASK_FILE}:${row}:${col}${rest.slice(pos[0].length)}`);
  }
  return out.join('\n');
}

/** A thrown value as AWS reports it: errorType is the error's name (or the value's type). */
export function errorInfo(thrown: unknown, moduleUrl: string, prologueWidth: number): ErrorInfo {
  if (
    thrown instanceof Error ||
    (typeof thrown === 'object' && thrown !== null && 'message' in thrown && 'stack' in thrown)
  ) {
    const e = thrown as Error;
    const type = typeof e.name === 'string' && e.name ? e.name : 'Error';
    const stack = typeof e.stack === 'string' ? mapStack(e.stack, moduleUrl, prologueWidth) : undefined;
    return { type, message: String(e.message), ...(stack ? { stack } : {}) };
  }
  return { type: typeof thrown, message: typeof thrown === 'string' ? thrown : safeString(thrown) };
}

function safeString(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
