import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TraceRow } from './TraceRow';
import type { TraceSummary } from './traceSummary';
import { revealRow, useVirtualRows } from './useVirtualRows';

export const ROW_HEIGHT = 26;

interface TraceListProps {
  traces: readonly TraceSummary[];
  selectedId: number | null;
  label: (nodeId: string) => string;
  onPick: (traceId: number) => void;
  /** Bumped when a trace was picked elsewhere (a log line): scroll to it. */
  revealSeq: number;
  running: boolean;
}

/**
 * The traces, oldest at the top, virtualised. Like a log tail it follows the newest trace
 * until the person scrolls up; scrolling back to the bottom (or "Newest") follows again.
 */
export function TraceList({ traces, selectedId, label, onPick, revealSeq, running }: TraceListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState(true);
  const { first, last, box, measure } = useVirtualRows(ref, traces.length, ROW_HEIGHT);
  const rowsBelow = traces.length * ROW_HEIGHT > box.top + box.height + ROW_HEIGHT / 2;
  const selectedIndex = selectedId === null ? -1 : traces.findIndex((t) => t.traceId === selectedId);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && follow) {
      el.scrollTop = el.scrollHeight;
      measure();
    }
  }, [follow, traces.length, measure]);

  useEffect(() => {
    const el = ref.current;
    if (!el || revealSeq === 0 || selectedIndex < 0) return;
    setFollow(false);
    revealRow(el, selectedIndex, ROW_HEIGHT);
    // Only when a new reveal is asked for, not when rows move under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq]);

  const onScroll = () => {
    const el = ref.current!;
    measure();
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT / 2;
    if (atBottom !== follow) setFollow(atBottom);
  };

  const pickId = useCallback(
    (traceId: number) => {
      setFollow(false);
      onPick(traceId);
    },
    [onPick],
  );

  const pick = (index: number) => {
    const t = traces[Math.max(0, Math.min(traces.length - 1, index))];
    if (!t) return;
    setFollow(false);
    onPick(t.traceId);
    if (ref.current) revealRow(ref.current, traces.indexOf(t), ROW_HEIGHT);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((ref.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex < 0 ? traces.length - 1 : selectedIndex - 1,
      PageDown: selectedIndex + page,
      PageUp: selectedIndex - page,
      Home: 0,
      End: traces.length - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    pick(moves[e.key]!);
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const t = traces[i]!;
    rows.push(
      <TraceRow
        key={t.traceId}
        trace={t}
        top={i * ROW_HEIGHT}
        selected={t.traceId === selectedId}
        label={label}
        onPick={pickId}
        running={running}
      />,
    );
  }
  return (
    <div className="traces-list">
      <div className="traces-row traces-head">
        <span className="traces-c-start" title="Virtual seconds since the run started">
          Start
        </span>
        <span className="traces-c-root">Root</span>
        <span className="traces-c-path">Path</span>
        <span className="traces-c-dur">Duration</span>
        <span className="traces-c-status">Status</span>
        <span className="traces-c-spans">Spans</span>
        <span className="traces-c-badges">
          {!follow && rowsBelow && (
            <button
              className="traces-follow"
              data-testid="traces.follow"
              title="Scroll to the newest trace and keep following"
              onClick={() => setFollow(true)}
            >
              ↓ newest
            </button>
          )}
        </span>
      </div>
      <div
        ref={ref}
        className="traces-scroll"
        role="listbox"
        aria-label="Traces"
        tabIndex={0}
        aria-activedescendant={selectedIndex >= 0 ? `traces-row-${selectedId}` : undefined}
        data-testid="traces.list"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div className="traces-spacer" style={{ height: traces.length * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
