import { useMemo } from 'react';
import { useLiveFrame, useLiveRun, type LiveRun } from '../../runtime/run';
import { TraceIndex, type TraceView } from './traceIndex';

/** One index per run, kept while the run is: switching dock tabs does not regroup its spans. */
const indexes = new WeakMap<LiveRun, TraceIndex>();

function read(live: LiveRun): TraceView {
  let index = indexes.get(live);
  if (!index) indexes.set(live, (index = new TraceIndex()));
  index.update(live.spans);
  return index.view();
}

/** The current run's traces, regrouped at most five times a second while spans arrive. */
export function useTraceView(): TraceView | null {
  return useLiveFrame(read, 200);
}

/** Node labels of the flow that ran (the document may have changed since). */
export function useRunLabels(): (nodeId: string) => string {
  const live = useLiveRun();
  return useMemo(() => {
    const labels = new Map((live?.flow.nodes ?? []).map((n) => [n.id, n.label || n.id]));
    return (nodeId: string) => labels.get(nodeId) ?? nodeId;
  }, [live]);
}
