/**
 * Readable unique ids: `function1`, `function2`, ... The number is one more than the highest
 * already taken with that prefix, so ids never collide and stay short.
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  return nextIds(prefix, taken, 1)[0]!;
}

/** `count` fresh ids with the same prefix, in increasing order. */
export function nextIds(prefix: string, taken: Iterable<string>, count: number): string[] {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let max = 0;
  for (const id of taken) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `${prefix}${max + i + 1}`);
}

/**
 * Hands out fresh ids for several prefixes at once (a paste of many nodes), remembering the
 * ones it gave so two calls never return the same id.
 */
export function idAllocator(taken: Iterable<string>): (prefix: string) => string {
  const used = new Set(taken);
  return (prefix) => {
    const id = nextId(prefix, used);
    used.add(id);
    return id;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
