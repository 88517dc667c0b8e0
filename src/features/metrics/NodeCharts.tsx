import { useMemo } from 'react';
import { KIND_INFO } from '../../model';
import { nodeCharts } from './chartData';
import { ChartCard } from './ChartCard';
import { formatValue, int } from './format';
import { liveFacts, nodeFacts, type Fact } from './nodeFacts';
import type { MetricsSource, NodeInfo } from './useMetricsSource';
import { fitPlot } from './useElementHeight';

/** Card padding, heading and legend above and below the plot, plus the body's padding. */
const CARD_CHROME = 86;

interface NodeChartsProps {
  source: MetricsSource;
  node: NodeInfo;
  /** The panel body's height: one row of charts fills it. */
  bodyHeight: number;
}

/** Every chart that makes sense for one node, beside its whole-run figures. */
export function NodeCharts({ source, node, bodyHeight }: NodeChartsProps) {
  const series = source.series.get(node.id);
  const charts = useMemo(
    () => (series ? nodeCharts(node.kind, series, source.grid) : []),
    [series, node.kind, source.grid],
  );
  const facts = useMemo((): Fact[] => {
    const summary = source.result?.summary.nodes.find((n) => n.nodeId === node.id);
    if (summary) return nodeFacts(summary);
    const counted = source.counted.find((n) => n.nodeId === node.id);
    return counted ? liveFacts(node.kind, counted.counters) : [];
  }, [source, node]);

  if (!series)
    return source.mode === 'live' ? null : <p className="metrics-empty">{node.label} was not in this run.</p>;
  if (charts.length === 0)
    return (
      <p className="metrics-empty">
        {node.label} ({KIND_INFO[node.kind].title}) recorded no metrics in this run.
      </p>
    );
  return (
    <div className="metrics-split">
      <aside className="metrics-side" data-testid="metrics.facts">
        <h3 title={source.mode === 'result' ? 'Percentiles are within ~1%' : undefined}>
          {source.mode === 'live' ? 'So far' : 'Whole run'}
        </h3>
        <dl className="metrics-figures">
          {facts.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.unit === 'count' ? int(f.value) : formatValue(f.unit, f.value)}</dd>
            </div>
          ))}
        </dl>
      </aside>
      <div className="metrics-grid">
        {charts.map((c) => (
          <ChartCard
            key={c.spec.id}
            data={c}
            durationS={source.durationMs / 1000}
            nowS={source.nowMs === null ? null : source.nowMs / 1000}
            height={fitPlot(bodyHeight, CARD_CHROME, 110, 240)}
            testId={`metrics.chart.${c.spec.id}`}
          />
        ))}
      </div>
    </div>
  );
}
