import { useMemo } from 'react';
import { KIND_INFO } from '../../model';
import { mainChart, type ChartData } from './chartData';
import { MAIN_CHART } from './chartSpecs';
import { ChartCard } from './ChartCard';
import { int, usd } from './format';
import { flowTotals } from './totals';
import { OVERVIEW_LIMIT, type MetricsSource, type NodeInfo } from './useMetricsSource';
import { fitPlot } from './useElementHeight';

interface OverviewProps {
  source: MetricsSource;
  onPick: (nodeId: string) => void;
  /** The panel body's height: one row of small charts fills it. */
  bodyHeight: number;
}

/** Card padding, heading and legend around a small plot, plus the body's padding. */
const CARD_CHROME = 80;

/** The flow at a glance: its totals, then one small chart per node (its main figure). */
export function Overview({ source, onPick, bodyHeight }: OverviewProps) {
  const totals = useMemo(() => flowTotals(source.counted), [source.counted]);
  const cards = useMemo(() => {
    const out: { node: NodeInfo; data: ChartData }[] = [];
    for (const node of source.nodes.slice(0, OVERVIEW_LIMIT)) {
      const s = source.series.get(node.id);
      const data = s ? mainChart(node.kind, s, source.grid) : null;
      if (data) out.push({ node, data });
    }
    return out;
  }, [source]);
  const failedShare = totals.sent > 0 ? totals.failed / totals.sent : 0;
  return (
    <div className="metrics-split">
      <aside className="metrics-side">
        <h3>{source.mode === 'live' ? 'Flow so far' : 'Flow totals'}</h3>
        <dl className="metrics-figures is-large" data-testid="metrics.totals">
          <Tile label="sent" value={int(totals.sent)} />
          {totals.hasClients && (
            <Tile
              label="failed requests"
              value={`${int(totals.failed)}${totals.failed > 0 ? ` (${(failedShare * 100).toFixed(1)}%)` : ''}`}
              tone={totals.failed > 0 ? 'bad' : undefined}
            />
          )}
          {totals.hasFunctions && (
            <>
              <Tile
                label="function errors"
                value={int(totals.functionErrors)}
                tone={totals.functionErrors > 0 ? 'bad' : undefined}
              />
              <Tile
                label="throttles"
                value={int(totals.throttles)}
                tone={totals.throttles > 0 ? 'bad' : undefined}
              />
              <Tile label="cold starts" value={int(totals.coldStarts)} />
              <Tile label="Lambda cost" value={usd(totals.costUsd)} />
            </>
          )}
        </dl>
        {source.nodes.length > OVERVIEW_LIMIT && (
          <p className="metrics-note">
            The overview shows the first {OVERVIEW_LIMIT} of {source.nodes.length} nodes: pick a node for the
            others.
          </p>
        )}
      </aside>
      <div className="metrics-grid is-small">
        {cards.map(({ node, data }) => (
          <ChartCard
            key={node.id}
            data={data}
            heading={
              <button
                className="metrics-link"
                onClick={() => onPick(node.id)}
                title={`${KIND_INFO[node.kind].title}: show all of its charts`}
              >
                {node.label} <span className="metrics-kind">{MAIN_CHART[node.kind].short}</span>
              </button>
            }
            durationS={source.durationMs / 1000}
            nowS={source.nowMs === null ? null : source.nowMs / 1000}
            height={fitPlot(bodyHeight, CARD_CHROME, 60, 170)}
            compact
            testId={`metrics.overview.${node.id}`}
          />
        ))}
      </div>
    </div>
  );
}

function Tile({ label, value, tone }: { label: string; value: string; tone?: 'bad' | undefined }) {
  return (
    <div className={tone ? `is-${tone}` : undefined}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
