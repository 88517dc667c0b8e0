/**
 * One requestAnimationFrame loop for every live reader (canvas badges, dots, panels), so
 * two hundred cards cost one callback per frame, not two hundred. Stops when nobody listens.
 */
const readers = new Set<(frameMs: number) => void>();
let handle = 0;

function tick(frameMs: number): void {
  for (const read of [...readers]) read(frameMs);
  handle = readers.size > 0 ? requestAnimationFrame(tick) : 0;
}

/** Calls `read` once per animation frame until the returned function is called. */
export function onFrame(read: (frameMs: number) => void): () => void {
  readers.add(read);
  if (handle === 0) handle = requestAnimationFrame(tick);
  return () => {
    readers.delete(read);
  };
}
