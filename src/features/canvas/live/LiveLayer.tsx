import { useRef } from 'react';
import { useLiveRun } from '../../../runtime/run';
import { LiveLegend } from './LiveLegend';
import { useBadgeFeed } from './useBadgeFeed';
import { useDots } from './useDots';
import { useTracePath } from './useTracePath';
import { useFollow } from './useFollow';
import './live.css';

/**
 * The run drawn over the canvas: moving dots and failure rings in one canvas element, the
 * legend, and the feeds that give cards their badges and the focused trace its path.
 * Rendered inside <ReactFlow> (it reads the viewport and node positions from its store).
 */
export function LiveLayer() {
  const live = useLiveRun();
  const canvas = useRef<HTMLCanvasElement>(null);
  useDots(canvas, live);
  useBadgeFeed(live);
  useTracePath(live);
  useFollow(live);
  return (
    <>
      <canvas ref={canvas} className="fc-live-dots" data-testid="canvas.dots" aria-hidden />
      <LiveLegend />
    </>
  );
}
