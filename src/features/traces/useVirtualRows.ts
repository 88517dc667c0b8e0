import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 8;

/**
 * Which rows of a fixed-height list are in view: only those are rendered. Reads the scroll
 * container's size (ResizeObserver) and scroll position.
 */
export function useVirtualRows(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number) {
  const [box, setBox] = useState({ top: 0, height: 0 });
  const measure = useCallback(() => {
    const el = ref.current;
    if (el)
      setBox((b) =>
        b.top === el.scrollTop && b.height === el.clientHeight
          ? b
          : { top: el.scrollTop, height: el.clientHeight },
      );
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, measure]);
  const first = Math.max(0, Math.floor(box.top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((box.top + box.height) / rowHeight) + OVERSCAN);
  return { first, last, box, measure };
}

/** Scrolls a fixed-height list so row `index` is in view (no scroll when it already is). */
export function revealRow(el: HTMLElement, index: number, rowHeight: number): void {
  const top = index * rowHeight;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
}
