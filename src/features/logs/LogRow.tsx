import { formatVirtual } from '../../lib/virtualClock';
import { memo, useLayoutEffect, useRef } from 'react';
import { expandedText, isLong, type LogEntry } from './logEntry';
import { LogText } from './LogText';

export interface LogRowActions {
  toggle: (seq: number) => void;
  measure: (seq: number, px: number) => void;
  jump: (entry: LogEntry) => void;
  openFrame: (entry: LogEntry, at: { line: number; column: number }) => void;
}

interface LogRowProps {
  entry: LogEntry;
  index: number;
  top: number;
  expanded: boolean;
  /** The first line shown of its invocation: it carries the jump-to-trace button. */
  first: boolean;
  /** The function's label; null when the panel shows one function only. */
  label: string | null;
  needle: string;
  actions: LogRowActions;
}

/** One log line: time, function, level, message; long messages expand in place. */
export const LogRow = memo(function LogRow({
  entry,
  index,
  top,
  expanded,
  first,
  label,
  needle,
  actions,
}: LogRowProps) {
  const ref = useRef<HTMLDivElement>(null);
  const long = isLong(entry.text);
  const level = entry.platform ?? entry.level;
  const firstLine = entry.text.split('\n', 1)[0]!;
  const more = long && entry.text.includes('\n') ? entry.text.split('\n').length - 1 : 0;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!expanded || !el) return;
    const report = () => actions.measure(entry.seq, el.offsetHeight);
    report();
    const ro = new ResizeObserver(report);
    ro.observe(el);
    return () => ro.disconnect();
  }, [expanded, actions, entry.seq]);

  return (
    <div
      ref={ref}
      className={`logs-row is-${entry.level.toLowerCase()}${first ? ' is-first' : ''}${expanded ? ' is-expanded' : ''}`}
      style={{ top }}
      data-testid={`logs.line.${index}`}
      data-seq={entry.seq}
      title={`RequestId: ${entry.requestId}`}
      onClick={
        long ? (e) => !(e.target as HTMLElement).closest('button') && actions.toggle(entry.seq) : undefined
      }
    >
      <span className="logs-toggle">
        {long && (
          <button
            type="button"
            aria-expanded={expanded}
            aria-label={expanded ? 'Collapse the message' : 'Expand the message'}
            onClick={() => actions.toggle(entry.seq)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        )}
      </span>
      <time className="logs-time">{formatVirtual(entry.atMs)}</time>
      {label !== null && <span className="logs-fn">{label}</span>}
      <span className={`logs-level is-${level.toLowerCase()}`}>{level}</span>
      <span className="logs-text">
        <LogText
          text={expanded ? expandedText(entry.text) : firstLine}
          needle={needle}
          entry={entry}
          actions={actions}
        />
        {!expanded && more > 0 && <span className="logs-more"> +{more} lines</span>}
      </span>
      <button
        type="button"
        className="logs-jump"
        data-testid={first ? `logs.jump.${entry.spanId}` : undefined}
        title="Open this invocation in Traces"
        onClick={() => actions.jump(entry)}
      >
        Trace ↗
      </button>
    </div>
  );
});
