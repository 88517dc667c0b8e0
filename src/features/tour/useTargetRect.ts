import { useLayoutEffect, useState } from 'react';
import type { Rect, Size } from './placement';

const sameRect = (a: Rect | null, b: Rect | null) =>
  a === b ||
  (a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

function measure(selector: string): Rect | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  // A hidden or collapsed element is no target: the popover then sits in the middle.
  return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

const viewportSize = (): Size => ({ width: window.innerWidth, height: window.innerHeight });

/**
 * Where the element `selector` is on screen and how big the window is, measured again when the
 * window or the page's layout changes size (the dock and the code editor resize panels).
 */
export function useTargetRect(selector: string): { rect: Rect | null; viewport: Size } {
  const [rect, setRect] = useState<Rect | null>(null);
  const [viewport, setViewport] = useState<Size>(viewportSize);
  // A layout effect, so a new step's ring is in place before the browser paints.
  useLayoutEffect(() => {
    let frame = 0;
    const apply = () => {
      const next = measure(selector);
      setRect((prev) => (sameRect(prev, next) ? prev : next));
      setViewport((prev) => {
        const v = viewportSize();
        return prev.width === v.width && prev.height === v.height ? prev : v;
      });
    };
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    };
    apply();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    const el = document.querySelector(selector);
    if (el) observer.observe(el);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [selector]);
  return { rect, viewport };
}
