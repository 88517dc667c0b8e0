import { isPlainObject, joinPath, ownField, showActual } from './json.ts';
import type { PatternNode } from './tree.ts';

/** One reason an event did not match: where, what was required, what the event had. */
export interface MatchFailure {
  readonly path: string;
  readonly condition: string;
  readonly actual: string;
}

export interface Explanation {
  readonly matched: boolean;
  readonly failures: MatchFailure[];
}

/** Plain objects reachable through arrays: a nested pattern applies to each element on its own. */
function objectsIn(
  raw: unknown,
  out: Array<{ obj: Record<string, unknown>; index: string }>,
  index = '',
): void {
  if (!Array.isArray(raw)) return;
  raw.forEach((item, i) => {
    if (isPlainObject(item)) out.push({ obj: item, index: `${index}[${i}]` });
    else objectsIn(item, out, `${index}[${i}]`);
  });
}

/**
 * The hot path. `obj` is undefined when the parent is missing or not an object: fields under
 * it are then all absent, which only `exists: false` accepts (the engine flattens events into
 * leaf paths, so a missing parent and a missing leaf look the same).
 */
export function matchNode(node: PatternNode, obj: Record<string, unknown> | undefined): boolean {
  for (const f of node.fields) {
    const raw = obj === undefined ? undefined : ownField(obj, f.key);
    if (f.kind === 'leaf') {
      if (!f.rule.matches(raw)) return false;
    } else if (!matchChild(f.node, raw)) return false;
  }
  for (const group of node.ors) {
    let any = false;
    for (const b of group.branches) {
      if (matchNode(b, obj)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function matchChild(node: PatternNode, raw: unknown): boolean {
  if (isPlainObject(raw)) return matchNode(node, raw);
  if (Array.isArray(raw)) {
    const items: Array<{ obj: Record<string, unknown>; index: string }> = [];
    objectsIn(raw, items);
    if (items.length > 0) return items.some((it) => matchNode(node, it.obj));
  }
  return matchNode(node, undefined);
}

/** Same walk as matchNode, but it visits everything and records why each part failed. */
export function explainNode(
  node: PatternNode,
  obj: Record<string, unknown> | undefined,
  base: string,
  out: MatchFailure[],
): boolean {
  let ok = true;
  for (const f of node.fields) {
    const raw = obj === undefined ? undefined : ownField(obj, f.key);
    const path = joinPath(base, f.key);
    if (f.kind === 'leaf') {
      if (!f.rule.matches(raw)) {
        out.push({ path, condition: f.rule.label, actual: showActual(raw) });
        ok = false;
      }
    } else if (!explainChild(f.node, raw, path, out)) ok = false;
  }
  for (const group of node.ors) {
    const tried: MatchFailure[] = [];
    const hit = group.branches.some((b, i) => {
      const mine: MatchFailure[] = [];
      if (explainNode(b, obj, base, mine)) return true;
      for (const m of mine) tried.push({ ...m, condition: `($or ${i + 1}) ${m.condition}` });
      return false;
    });
    if (!hit) {
      out.push(...tried);
      ok = false;
    }
  }
  return ok;
}

function explainChild(node: PatternNode, raw: unknown, path: string, out: MatchFailure[]): boolean {
  if (isPlainObject(raw)) return explainNode(node, raw, path, out);
  if (Array.isArray(raw)) {
    const items: Array<{ obj: Record<string, unknown>; index: string }> = [];
    objectsIn(raw, items);
    if (items.length > 0) {
      // Report the element that came closest, so the answer points at one concrete item.
      let best: MatchFailure[] | undefined;
      for (const it of items) {
        const mine: MatchFailure[] = [];
        if (explainNode(node, it.obj, `${path}${it.index}`, mine)) return true;
        if (!best || mine.length < best.length) best = mine;
      }
      out.push(...(best ?? []));
      return false;
    }
  }
  return explainNode(node, undefined, path, out);
}
