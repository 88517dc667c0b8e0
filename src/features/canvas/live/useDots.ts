import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { isActive, runSession, type LiveRun } from '../../../runtime/run';
import { onFrame } from '../../../runtime/run/frames';
import { DotsEngine } from './DotsEngine';

/** Runs the dots engine on `canvas` for the live run, on the app's one frame loop. */
export function useDots(canvas: RefObject<HTMLCanvasElement | null>, live: LiveRun | null): void {
  const rf = useStoreApi();
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const engine = new DotsEngine(el, () => rf.getState());
    const observer = new ResizeObserver(([entry]) => {
      if (entry)
        engine.resize(entry.contentRect.width, entry.contentRect.height, window.devicePixelRatio || 1);
    });
    observer.observe(el);
    engine.attach(live, live !== null && isActive(runSession.getState()));
    const stop = live ? onFrame(engine.frame) : null;
    return () => {
      stop?.();
      observer.disconnect();
      engine.attach(null, false);
    };
  }, [canvas, live, rf]);
}
