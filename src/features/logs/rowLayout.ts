/**
 * Where rows sit in a virtual list of `count` rows of `rowHeight` px, some of them taller
 * (expanded lines): `extras` lists those by index with the px they add, sorted by index.
 * Few rows are expanded, so every question costs O(expanded), not O(rows).
 */
export interface RowLayout {
  count: number;
  rowHeight: number;
  extras: ReadonlyArray<{ index: number; extra: number }>;
}

export function totalHeight(l: RowLayout): number {
  let sum = l.count * l.rowHeight;
  for (const e of l.extras) if (e.index < l.count) sum += e.extra;
  return sum;
}

/** Top of row i, in px from the top of the list. */
export function offsetOf(l: RowLayout, i: number): number {
  let y = i * l.rowHeight;
  for (const e of l.extras) {
    if (e.index >= i) break;
    y += e.extra;
  }
  return y;
}

/** Height of row i. */
export function heightOf(l: RowLayout, i: number): number {
  const e = l.extras.find((x) => x.index === i);
  return l.rowHeight + (e ? e.extra : 0);
}

/** The row under y px (clamped to the rows there are; 0 for an empty list). */
export function indexAt(l: RowLayout, y: number): number {
  if (l.count === 0) return 0;
  let before = 0;
  for (const e of l.extras) {
    if (e.index >= l.count) break;
    const top = e.index * l.rowHeight + before;
    if (y < top) break;
    if (y < top + l.rowHeight + e.extra) return e.index;
    before += e.extra;
  }
  return Math.min(l.count - 1, Math.max(0, Math.floor((y - before) / l.rowHeight)));
}

/** The rows to render for a viewport (with `overscan` rows either side), as [first, last). */
export function visibleRange(
  l: RowLayout,
  scrollTop: number,
  viewport: number,
  overscan = 8,
): [number, number] {
  if (l.count === 0) return [0, 0];
  const first = Math.max(0, indexAt(l, scrollTop) - overscan);
  const last = Math.min(l.count, indexAt(l, scrollTop + viewport) + 1 + overscan);
  return [first, last];
}
