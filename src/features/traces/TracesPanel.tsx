import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { SPAN_RING, useLiveRun, useRunResult, useRunState } from '../../runtime/run';
import { useStore, type Selection, type StoreState } from '../../store';
import { plural } from './format';
import { lossNote } from './lossNote';
import { SpanDetails } from './SpanDetails';
import { filterTraces, isFiltered, NO_FILTER, statusCounts, type TraceFilter } from './traceFilter';
import { TraceFilters } from './TraceFilters';
import { TraceList } from './TraceList';
import { useRunLabels, useTraceView } from './useTraceView';
import { Waterfall } from './Waterfall';
import './traces.list.css';
import './traces.details.css';

const selectFocus = (s: StoreState) => s.traceFocus;
const selectFocusTrace = (s: StoreState) => s.focusTrace;
const selectSelection = (s: StoreState) => s.selection;

/** The Traces dock tab: the run's traces, filters, the picked trace's waterfall and a span's details. */
export function TracesPanel() {
  const live = useLiveRun();
  const view = useTraceView();
  const label = useRunLabels();
  const { status } = useRunState();
  const result = useRunResult();
  const focus = useStore(selectFocus);
  const focusTrace = useStore(selectFocusTrace);
  const selection = useStore(selectSelection);
  const [filter, setFilter] = useState<TraceFilter>(NO_FILTER);
  // × on the node chip shows all nodes until the canvas selection changes.
  const [dismissed, setDismissed] = useState<Selection | null>(null);
  const single =
    selection.nodeIds.length === 1 && selection.edgeIds.length === 0 ? selection.nodeIds[0]! : null;
  const nodeId = single !== null && dismissed !== selection ? single : null;
  const text = useDeferredValue(filter.text);
  const effective = useMemo(() => ({ ...filter, text, nodeId }), [filter, text, nodeId]);
  const traces = useMemo(
    () => (view ? filterTraces(view.traces, effective, view.hasText) : []),
    [view, effective],
  );
  const counts = useMemo(() => (view ? statusCounts(view.traces) : null), [view]);

  // A new run numbers its traces from 1 again: a trace picked in the last run means nothing now.
  const lastLive = useRef(live);
  useEffect(() => {
    if (lastLive.current && live !== lastLive.current && useStore.getState().traceFocus) focusTrace(null);
    lastLive.current = live;
  }, [live, focusTrace]);

  const traceId = focus?.traceId ?? null;
  const trace = useMemo(() => view?.traces.find((t) => t.traceId === traceId), [view, traceId]);
  const spans = useMemo(() => (view && traceId !== null ? view.spansOf(traceId) : []), [view, traceId]);
  const span = focus?.spanId == null ? undefined : spans.find((s) => s.spanId === focus.spanId);

  const onPick = useCallback((id: number) => focusTrace({ traceId: id, spanId: null }), [focusTrace]);
  const onPickSpan = useCallback(
    (spanId: number) => traceId !== null && focusTrace({ traceId, spanId }),
    [focusTrace, traceId],
  );
  const onOpenSpan = (spanId: number) =>
    focusTrace({ traceId: view?.traceOfSpan(spanId) ?? traceId!, spanId });
  const change = (c: Partial<TraceFilter>) => setFilter((f) => ({ ...f, ...c }));

  if (!live) {
    return (
      <div className="traces-empty" data-testid="traces.empty">
        No run yet: press Run (F5) to follow each event through the flow.
      </div>
    );
  }
  const total = view?.traces.length ?? 0;
  const running = status === 'running' || status === 'paused';
  // While a run goes on, the result is the previous run's: its figures do not apply.
  const loss = lossNote(view?.spansDropped ?? 0, SPAN_RING, !running && result ? result.summary.spans : null);
  const filtered = isFiltered(effective);
  const clearFilters = () => {
    setFilter(NO_FILTER);
    if (single !== null) setDismissed(selection);
  };
  return (
    <div className="traces" data-testid="traces">
      <div className="traces-bar">
        <TraceFilters
          filter={filter}
          onChange={change}
          counts={counts}
          node={nodeId ? { id: nodeId, label: label(nodeId) } : null}
          onClearNode={() => setDismissed(selection)}
        />
        <span className="traces-count" data-testid="traces.count">
          {filtered
            ? `${traces.length.toLocaleString('en-US')} of ${plural(total, 'trace')}`
            : plural(total, 'trace')}
        </span>
        {filtered && (
          <button className="traces-link" data-testid="traces.clear" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        {loss && (
          <span className="traces-dropped" data-testid="traces.dropped" title={loss.title ?? undefined}>
            {loss.text}
          </span>
        )}
      </div>
      <div className={`traces-body${traceId !== null ? ' has-trace' : ''}${span ? ' has-span' : ''}`}>
        {!view ? null : total === 0 ? (
          <div className="traces-empty">
            {running ? 'Waiting for the first span…' : 'The run recorded no spans.'}
          </div>
        ) : traces.length === 0 ? (
          <div className="traces-empty" data-testid="traces.none">
            No trace matches the filters.
          </div>
        ) : (
          <TraceList
            traces={traces}
            selectedId={traceId}
            label={label}
            onPick={onPick}
            revealSeq={focus?.seq ?? 0}
            running={running}
          />
        )}
        {traceId !== null &&
          view &&
          (trace ? (
            <Waterfall
              trace={trace}
              spans={spans}
              selectedSpanId={span?.spanId ?? null}
              label={label}
              onPickSpan={onPickSpan}
              onClose={() => focusTrace(null)}
              revealSeq={focus?.seq ?? 0}
              running={running}
            />
          ) : (
            <div className="traces-waterfall traces-empty" data-testid="traces.waterfall">
              Trace #{traceId} is not among the spans kept (the panel keeps the last{' '}
              {SPAN_RING.toLocaleString('en-US')}).
            </div>
          ))}
        {span && (
          <SpanDetails
            span={span}
            spans={spans}
            label={label}
            onOpenSpan={onOpenSpan}
            onClose={() => traceId !== null && focusTrace({ traceId, spanId: null })}
          />
        )}
      </div>
    </div>
  );
}
