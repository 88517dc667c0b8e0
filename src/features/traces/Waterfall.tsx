import { useEffect, useMemo, useRef } from 'react';
import type { TraceRecord } from '../../sim';
import { formatAt, formatMs, plural } from './format';
import { PartialBadge } from './PartialBadge';
import { StatusPill } from './StatusPill';
import type { TraceSummary } from './traceSummary';
import { layoutWaterfall } from './waterfall';
import { WaterfallRow } from './WaterfallRow';

interface WaterfallProps {
  trace: TraceSummary;
  spans: readonly TraceRecord[];
  selectedSpanId: number | null;
  label: (nodeId: string) => string;
  onPickSpan: (spanId: number) => void;
  onClose: () => void;
  /** Bumped when a span was picked elsewhere: scroll to it. */
  revealSeq: number;
  running: boolean;
}

/** The picked trace: one row per span, indented under its parent, bars on virtual time. */
export function Waterfall({
  trace,
  spans,
  selectedSpanId,
  label,
  onPickSpan,
  onClose,
  revealSeq,
  running,
}: WaterfallProps) {
  const w = useMemo(() => layoutWaterfall(spans, label), [spans, label]);
  const rowsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedSpanId === null) return;
    rowsRef.current?.querySelector(`#traces-span-${selectedSpanId}`)?.scrollIntoView({ block: 'nearest' });
    // Only when a new reveal is asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq, trace.traceId]);

  return (
    <section
      className="traces-waterfall"
      data-testid="traces.waterfall"
      aria-label={`Trace ${trace.traceId}`}
    >
      <header className="traces-pane-head">
        <strong>Trace #{trace.traceId}</strong>
        <span className="traces-pane-sub">
          {label(trace.rootNodeId)} at {formatAt(trace.start)} s · {formatMs(trace.durationMs)} ·{' '}
          {plural(trace.spanCount, 'span')}
        </span>
        <StatusPill status={trace.status} />
        {trace.partial && <PartialBadge running={running} />}
        <button
          className="traces-close"
          aria-label="Close the trace"
          title="Close the trace"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="traces-wf-axis" aria-hidden>
        <span className="traces-wf-name">Span</span>
        <span className="traces-wf-ms">took</span>
        <span className="traces-wf-track">
          {w.ticks.map((t) => (
            <span
              key={t.at}
              className={`traces-wf-tick${t.at > 90 ? ' is-end' : ''}`}
              style={{ left: `${t.at}%` }}
            >
              {t.label}
            </span>
          ))}
        </span>
      </div>
      <div className="traces-wf-rows" ref={rowsRef}>
        <div className="traces-wf-inner">
          <div className="traces-wf-grid" aria-hidden>
            {w.ticks.map((t) => (
              <span key={t.at} style={{ left: `${t.at}%` }} />
            ))}
          </div>
          {w.rows.map((r) => (
            <WaterfallRow
              key={r.span.spanId}
              row={r}
              selected={r.span.spanId === selectedSpanId}
              label={label}
              onPick={onPickSpan}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
