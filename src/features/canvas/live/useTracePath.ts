import { useEffect } from 'react';
import { useRunResult, type LiveRun } from '../../../runtime/run';
import { onFrame } from '../../../runtime/run/frames';
import { useStore } from '../../../store';
import { edgeTraceSignal, nodeTraceSignal } from './signals';
import { tracePath } from './tracePath';

const TRACE_EVERY_MS = 250;

/**
 * Lights up the focused trace's path (store `traceFocus`): the cards and edges it visited,
 * the others dimmed. A trace still running grows as its spans end.
 */
export function useTracePath(live: LiveRun | null): void {
  const traceId = useStore((s) => s.traceFocus?.traceId ?? null);
  const result = useRunResult();
  useEffect(() => {
    const light = () => {
      if (traceId === null) return publish(null);
      const edges = live?.flow.edges ?? useStore.getState().doc.edges;
      let path = tracePath(live?.spans.toArray() ?? [], traceId, edges);
      if (path.nodeIds.size === 0 && result) path = tracePath(result.spans, traceId, edges);
      publish(path.nodeIds.size > 0 ? path : null);
    };
    light();
    if (traceId === null || !live) return;
    let seen = live.version;
    let last = -Infinity;
    return onFrame((frameMs) => {
      if (live.version === seen || frameMs - last < TRACE_EVERY_MS) return;
      seen = live.version;
      last = frameMs;
      light();
    });
  }, [traceId, live, result]);
  useEffect(() => () => publish(null), []);
}

function publish(path: { nodeIds: Set<string>; edgeIds: Set<string> } | null): void {
  nodeTraceSignal.publish((id) => (path ? (path.nodeIds.has(id) ? 'on' : 'off') : null));
  edgeTraceSignal.publish((id) => (path ? (path.edgeIds.has(id) ? 'on' : 'off') : null));
}
