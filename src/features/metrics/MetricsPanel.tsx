import { useRef, useState } from 'react';
import { isActive, runSession, useKeptRun, useLiveRun, useRunResult, useRunState } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { CompareView } from './CompareView';
import { ExportButtons } from './ExportButtons';
import { duration } from './format';
import { LatencyCost } from './LatencyCost';
import { NodeCharts } from './NodeCharts';
import { Overview } from './Overview';
import { useMetricsSource, type MetricsSource } from './useMetricsSource';
import { useShownNode } from './useShownNode';
import { useElementHeight } from './useElementHeight';
import './metrics.css';

type View = 'charts' | 'latency' | 'compare';
const VIEWS: { id: View; label: string }[] = [
  { id: 'charts', label: 'Charts' },
  { id: 'latency', label: 'Latency & cost' },
  { id: 'compare', label: 'Compare' },
];

const selectSelect = (s: StoreState) => s.select;
const selectRequestFocus = (s: StoreState) => s.requestFocus;

/** The Metrics dock tab: charts per node over virtual time, latency and cost, exports, and run comparison. */
export function MetricsPanel() {
  const [view, setView] = useState<View>('charts');
  const shown = useShownNode();
  const source = useMetricsSource(shown.nodeId);
  const state = useRunState();
  const result = useRunResult();
  const live = useLiveRun();
  const kept = useKeptRun();
  const select = useStore(selectSelect);
  const requestFocus = useStore(selectRequestFocus);
  const active = isActive(state);
  const body = useRef<HTMLDivElement>(null);
  const bodyHeight = useElementHeight(body);

  const nodes = source?.nodes ?? [];
  const node = nodes.find((n) => n.id === shown.nodeId) ?? null;
  /** Shows a node's charts and selects it on the canvas, so the room sees which one it is. */
  const openNode = (nodeId: string) => {
    select({ nodeIds: [nodeId] });
    requestFocus(nodeId);
    shown.pick(nodeId);
    setView('charts');
  };
  // The current result's inputs: the live run produced it unless a newer run is under way or failed.
  const current =
    result && live && !active && state.status !== 'failed'
      ? {
          flow: live.flow,
          seed: live.seed,
          durationMs: live.durationMs,
          result,
          withCode: state.resultWithCode,
        }
      : null;
  const comparable = kept !== null && current !== null && kept.result !== result;

  return (
    <div className="metrics" data-testid="metrics.panel">
      <div className="metrics-bar">
        <label className="metrics-picker">
          Node
          <select
            data-testid="metrics.node"
            value={shown.nodeId ?? ''}
            onChange={(e) => shown.pick(e.target.value || null)}
            disabled={nodes.length === 0}
          >
            <option value="">All nodes (overview)</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label === n.id ? n.id : `${n.label} (${n.id})`}
              </option>
            ))}
            {shown.nodeId && !node && <option value={shown.nodeId}>{shown.nodeId} (not in this run)</option>}
          </select>
        </label>
        {shown.fromSelection && (
          <span className="metrics-chip" data-testid="metrics.filter">
            Filtered to {node?.label ?? shown.nodeId}
            <button aria-label="Show all nodes" title="Show all nodes" onClick={() => shown.pick(null)}>
              ×
            </button>
          </span>
        )}
        <div className="metrics-views" role="tablist" aria-label="Metrics views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              role="tab"
              aria-selected={view === v.id}
              data-testid={`metrics.view.${v.id}`}
              onClick={() => setView(v.id)}
            >
              {v.label}
              {v.id === 'compare' && comparable && <span className="metrics-dot" aria-label="ready" />}
            </button>
          ))}
        </div>
        <span className="metrics-status" data-testid="metrics.status">
          {statusText(source, active)}
        </span>
        <button
          className="metrics-button"
          data-testid="metrics.keep"
          disabled={!result || active || kept?.result === result}
          title="Keep this run's figures to compare them with the next run"
          onClick={() => runSession.keep()}
        >
          {kept && kept.result === result ? 'Kept ✓' : 'Keep this run'}
        </button>
        <ExportButtons
          result={result}
          disabledWhy={active ? 'Export when the run ends (Stop keeps its figures)' : null}
        />
      </div>
      <div className="metrics-body" ref={body}>
        {view === 'compare' ? (
          comparable ? (
            <CompareView
              kept={kept}
              current={current}
              focusId={shown.nodeId}
              onPick={openNode}
              onForget={() => runSession.clearKept()}
            />
          ) : (
            <p className="metrics-empty" data-testid="metrics.compare.empty">
              {compareHint(kept !== null, kept?.result === result, active)}
            </p>
          )
        ) : !source ? (
          <p className="metrics-empty">
            {state.status === 'failed'
              ? `The run failed: ${state.error ?? 'unknown error'}`
              : active
                ? 'Starting the run…'
                : 'No run yet: press Run (F5) to see charts of every node over virtual time.'}
          </p>
        ) : view === 'latency' ? (
          <LatencyCost source={source} onPick={openNode} />
        ) : node ? (
          <NodeCharts source={source} node={node} bodyHeight={bodyHeight} />
        ) : shown.nodeId ? (
          <p className="metrics-empty">{shown.nodeId} was not in this run: run the flow again to chart it.</p>
        ) : (
          <Overview source={source} onPick={openNode} bodyHeight={bodyHeight} />
        )}
      </div>
    </div>
  );
}

function statusText(source: MetricsSource | null, active: boolean): string {
  if (!source) return '';
  if (source.mode === 'live') return `Live: ${duration(source.nowMs ?? 0)} of ${duration(source.durationMs)}`;
  const s = source.result!.summary;
  const run = `"${s.flowName}", seed ${s.seed}, ${duration(s.reachedMs)}${s.completed ? '' : ' (stopped)'}`;
  return active ? `Previous run: ${run}` : run;
}

function compareHint(hasKept: boolean, keptIsCurrent: boolean, active: boolean): string {
  if (!hasKept)
    return 'Press "Keep this run", change a setting or the seed, and run again: the two runs show side by side here.';
  if (active) return 'The comparison shows when this run ends.';
  if (keptIsCurrent) return 'This run is kept. Change something and run again to compare.';
  return 'Run the flow again to compare it with the kept run.';
}
