import { useMemo } from 'react';
import { useLiveFrame, type LiveRun } from '../../runtime/run';
import { DEFAULT_START_TIME } from '../../sim';
import { LogBuffer } from './logBuffer';
import { FilteredView, type LogFilter } from './logFilter';

/** How often the panel reads the live run (real ms): often enough to feel live, cheap at 10k lines/s. */
export const READ_EVERY_MS = 150;

export interface LogsFrame {
  buffer: LogBuffer;
  view: FilteredView;
  /** Lines held and the ones dropped, as of the last read. */
  held: number;
  dropped: number;
}

/**
 * The live run's log lines, flattened once into a buffer per run, and the lines that pass
 * `filter`, read at most every READ_EVERY_MS while the run goes on. Null before any run.
 */
export function useLogs(live: LiveRun | null, filter: LogFilter): LogsFrame | null {
  // The run's ISO times start at the simulation's default start time (the controller sets none).
  const buffer = useMemo(() => (live ? new LogBuffer(Date.parse(DEFAULT_START_TIME)) : null), [live]);
  const { nodeId, text, levels } = filter;
  const view = useMemo(() => {
    if (!buffer) return null;
    const v = new FilteredView({ nodeId, text, levels });
    v.sync(buffer);
    return v;
  }, [buffer, nodeId, text, levels]);
  const read = useLiveFrame(
    (lv) => {
      if (!buffer || !view) return null;
      buffer.sync(lv);
      view.sync(buffer);
      return { held: buffer.size, dropped: buffer.dropped, seq: buffer.nextSeq, shown: view.size };
    },
    READ_EVERY_MS,
    [buffer, view],
  );
  if (!buffer || !view) return null;
  return { buffer, view, held: read?.held ?? buffer.size, dropped: read?.dropped ?? buffer.dropped };
}
