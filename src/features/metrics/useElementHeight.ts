import { useEffect, useState, type RefObject } from 'react';

/** The element's height in px, followed as the person resizes the dock. */
export function useElementHeight(ref: RefObject<HTMLElement | null>, initial = 200): number {
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

/** A chart's plot height that fills one row of the panel: bigger on a taller dock, within limits. */
export const fitPlot = (bodyHeight: number, chrome: number, min: number, max: number): number =>
  Math.round(Math.min(max, Math.max(min, bodyHeight - chrome)));
