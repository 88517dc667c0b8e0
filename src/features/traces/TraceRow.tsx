import { memo } from 'react';
import { formatAt, formatMs, plural } from './format';
import { PartialBadge } from './PartialBadge';
import { StatusPill } from './StatusPill';
import type { TraceSummary } from './traceSummary';

interface TraceRowProps {
  trace: TraceSummary;
  top: number;
  selected: boolean;
  label: (nodeId: string) => string;
  onPick: (traceId: number) => void;
  /** The run goes on (a missing parent may still be running). */
  running: boolean;
}

/** Shown hops of a path; the rest are counted ("+3"). */
const PATH_HOPS = 6;

/** One trace: when it started, where, the nodes it went through, how long, how it ended. */
export const TraceRow = memo(function TraceRow({
  trace: t,
  top,
  selected,
  label,
  onPick,
  running,
}: TraceRowProps) {
  const hops = t.path.slice(0, PATH_HOPS).map(label);
  const more = t.path.length - hops.length;
  const path = hops.join(' → ') + (more > 0 ? ` → +${more}` : '');
  return (
    <div
      id={`traces-row-${t.traceId}`}
      role="option"
      aria-selected={selected}
      className={`traces-row is-${t.status}${selected ? ' is-selected' : ''}`}
      style={{ top }}
      data-testid={`traces.row.${t.traceId}`}
      onClick={() => onPick(t.traceId)}
    >
      <span className="traces-c-start">{formatAt(t.start)}</span>
      <span className="traces-c-root" title={label(t.rootNodeId)}>
        {label(t.rootNodeId)}
      </span>
      <span className="traces-c-path" title={t.path.map(label).join(' → ')}>
        {path}
      </span>
      <span className="traces-c-dur">{formatMs(t.durationMs)}</span>
      <span className="traces-c-status">
        <StatusPill status={t.status} />
      </span>
      <span className="traces-c-spans" title={plural(t.spanCount, 'span')}>
        {t.spanCount}
      </span>
      <span className="traces-c-badges">
        {t.retries > 0 && (
          <span className="traces-badge is-retry" title={`${plural(t.retries, 'retry attempt')}`}>
            ↻ {t.retries}
          </span>
        )}
        {t.deadLetter && (
          <span className="traces-badge is-dlq" title="Reached a dead-letter queue">
            DLQ
          </span>
        )}
        {t.partial && <PartialBadge running={running} />}
      </span>
    </div>
  );
});
