import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { LiveRun } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { copyText, type LogEntry } from './logEntry';
import { LEVEL_GROUPS, type LogFilter } from './logFilter';
import { LogList } from './LogList';
import { statusText } from './logStatus';
import { useLogs } from './useLogs';

const selectFocusTrace = (s: StoreState) => s.focusTrace;
const selectOpenCode = (s: StoreState) => s.openCodeEditor;
const selectNotify = (s: StoreState) => s.notify;

interface LogsBodyProps {
  live: LiveRun;
  functions: ReadonlyArray<{ id: string; label: string }>;
  filter: LogFilter;
  running: boolean;
  withCode: boolean;
  sampledOut: number;
  toolbar: ReactNode;
}

/** One run's lines: the bar (filters, counts, Follow, Copy) and the list. */
export function LogsBody({ live, functions, filter, running, withCode, sampledOut, toolbar }: LogsBodyProps) {
  const focusTrace = useStore(selectFocusTrace);
  const openCodeEditor = useStore(selectOpenCode);
  const notify = useStore(selectNotify);
  const [follow, setFollow] = useState(true);
  const frame = useLogs(live, filter);
  const labels = useMemo(() => new Map(functions.map((f) => [f.id, f.label])), [functions]);
  const labelOf = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const onJump = useCallback(
    (e: LogEntry) => focusTrace({ traceId: e.traceId, spanId: e.spanId }, true),
    [focusTrace],
  );
  const onOpenFrame = useCallback(
    (e: LogEntry, at: { line: number; column: number }) => openCodeEditor(e.nodeId, at),
    [openCodeEditor],
  );
  if (!frame) return null;
  const { buffer, view, held, dropped } = frame;
  const filtered =
    filter.nodeId !== null || filter.text.trim() !== '' || LEVEL_GROUPS.some((g) => !filter.levels.has(g));

  const copy = () => {
    const entries: LogEntry[] = [];
    for (let i = 0; i < view.size; i++) entries.push(buffer.get(view.seqAt(i)!)!);
    navigator.clipboard.writeText(copyText(entries, labelOf)).then(
      () => notify({ tone: 'success', title: `Copied ${entries.length.toLocaleString('en-US')} log lines` }),
      (e: unknown) =>
        notify({
          tone: 'error',
          title: 'Could not copy the log lines',
          details: [e instanceof Error ? e.message : String(e)],
        }),
    );
  };

  let empty: string | null = null;
  if (held === 0)
    empty = !withCode
      ? 'No log lines: this run used each function’s declared duration, not its handler code. Give a function handler code of its own and run again.'
      : running
        ? 'Waiting for the first invocation to finish…'
        : 'The functions wrote no log lines in this run.';
  else if (view.size === 0) empty = 'No line matches the filters.';

  return (
    <>
      <div className="logs-bar">
        {toolbar}
        <span className="logs-status" data-testid="logs.dropped">
          {statusText({ held, shown: view.size, filtered, dropped, sampledOut })}
        </span>
        <button
          type="button"
          className="logs-button"
          data-testid="logs.follow"
          aria-pressed={follow}
          title={
            follow
              ? 'Showing new lines as they come; scroll up to pause'
              : 'Jump to the newest line and follow'
          }
          onClick={() => setFollow(!follow)}
        >
          {follow ? '● Following' : '↓ Follow'}
        </button>
        <button
          type="button"
          className="logs-button"
          data-testid="logs.copy"
          disabled={view.size === 0}
          title="Copy the lines that pass the filters"
          onClick={copy}
        >
          Copy
        </button>
      </div>
      {empty !== null ? (
        <div className="logs-empty" data-testid="logs.empty">
          {empty}
        </div>
      ) : (
        <LogList
          buffer={buffer}
          view={view}
          version={buffer.nextSeq * 2 + view.size}
          labelOf={filter.nodeId === null ? labelOf : null}
          needle={filter.text}
          follow={follow}
          onFollow={setFollow}
          onJump={onJump}
          onOpenFrame={onOpenFrame}
        />
      )}
    </>
  );
}
