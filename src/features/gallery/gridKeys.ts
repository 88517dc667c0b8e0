/**
 * Where focus goes in a grid of `count` cards laid out in rows of `columns` when a key is
 * pressed on card `index`; null for keys the grid does not handle. Left and right run on
 * across rows (reading order); up and down stay in the column and stop at the edges.
 */
export function moveInGrid(index: number, key: string, count: number, columns: number): number | null {
  if (count <= 0) return null;
  const cols = Math.max(1, Math.floor(columns));
  const last = count - 1;
  const at = Math.min(Math.max(index, 0), last);
  switch (key) {
    case 'ArrowRight':
      return Math.min(at + 1, last);
    case 'ArrowLeft':
      return Math.max(at - 1, 0);
    case 'ArrowDown':
      return at + cols <= last ? at + cols : at;
    case 'ArrowUp':
      return at - cols >= 0 ? at - cols : at;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** How many columns a CSS grid currently shows (its resolved `grid-template-columns`). */
export function columnCount(templateColumns: string): number {
  const tracks = templateColumns.trim().split(/\s+/).filter(Boolean);
  return Math.max(1, tracks.length);
}
