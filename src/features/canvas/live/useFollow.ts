import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { onFrame } from '../../../runtime/run/frames';
import type { LiveRun } from '../../../runtime/run';
import { useStore } from '../../../store';
import { FOLLOW_NEXT, firstNewTrace, latestNodeOf, maxTraceId } from './follow';

/** The camera moves at most this often: a projector audience must be able to follow it. */
const MOVE_EVERY_MS = 450;

/**
 * "Follow an event": waits for the next event to start (store followTraceId = FOLLOW_NEXT),
 * lights up its path, and keeps the camera on the node the event reached last.
 */
export function useFollow(live: LiveRun | null): void {
  const rf = useReactFlow();
  useEffect(() => {
    if (!live) return;
    let cursor = live.spans.written;
    let newerThan = maxTraceId(live.spans.toArray());
    let at: string | null = null;
    let last = -Infinity;
    return onFrame((frameMs) => {
      const s = useStore.getState();
      const following = s.followTraceId;
      if (following === null) {
        cursor = live.spans.written;
        return;
      }
      if (frameMs - last < MOVE_EVERY_MS || live.spans.written === cursor) return;
      const fresh = live.spans.since(cursor);
      cursor = live.spans.written;
      let traceId = following;
      if (following === FOLLOW_NEXT) {
        const next = firstNewTrace(fresh, newerThan);
        if (next === null) return;
        traceId = next;
        s.setFollowTrace(next);
        s.focusTrace({ traceId: next });
      }
      newerThan = Math.max(newerThan, traceId);
      const nodeId = latestNodeOf(fresh, traceId);
      if (!nodeId || nodeId === at) return;
      const internal = rf.getInternalNode(nodeId);
      if (!internal) return;
      at = nodeId;
      last = frameMs;
      const { x, y } = internal.internals.positionAbsolute;
      const w = internal.measured.width ?? 0;
      const h = internal.measured.height ?? 0;
      void rf.setCenter(x + w / 2, y + h / 2, { zoom: Math.max(rf.getZoom(), 1), duration: 400 });
    });
  }, [live, rf]);
}
