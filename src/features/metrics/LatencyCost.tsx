import { useMemo } from 'react';
import { KIND_INFO } from '../../model';
import { duration, int, usd } from './format';
import { costBreakdown, latencyRows } from './totals';
import type { MetricsSource } from './useMetricsSource';

interface LatencyCostProps {
  source: MetricsSource;
  onPick: (nodeId: string) => void;
}

/** End-to-end latency per producer (whole-run percentiles) and Lambda cost per function. */
export function LatencyCost({ source, onPick }: LatencyCostProps) {
  const latency = useMemo(
    () => (source.result ? latencyRows(source.result.summary.nodes) : null),
    [source.result],
  );
  const cost = useMemo(() => costBreakdown(source.counted), [source.counted]);
  return (
    <div className="metrics-columns">
      <section className="metrics-section" data-testid="metrics.latency">
        <h3>End-to-end latency per producer</h3>
        {latency === null ? (
          <p className="metrics-note">
            Whole-run percentiles are ready when the run ends; meanwhile each producer&apos;s charts show p50,
            p99 and max per bucket.
          </p>
        ) : latency.length === 0 ? (
          <p className="metrics-note">This flow has no producers.</p>
        ) : (
          <>
            <table className="metrics-table">
              <thead>
                <tr>
                  <th>producer</th>
                  <th>events</th>
                  <th>mean</th>
                  <th>p50</th>
                  <th>p90</th>
                  <th>p95</th>
                  <th>p99</th>
                  <th>max</th>
                </tr>
              </thead>
              <tbody>
                {latency.map((r) => (
                  <tr key={r.nodeId} data-testid={`metrics.latency.${r.nodeId}`}>
                    <td>
                      <button className="metrics-link" onClick={() => onPick(r.nodeId)}>
                        {r.label}
                      </button>{' '}
                      <span className="metrics-kind">{KIND_INFO[r.kind].title}</span>
                    </td>
                    {r.q ? (
                      <>
                        <td>{int(r.q.count)}</td>
                        {[r.q.mean, r.q.p50, r.q.p90, r.q.p95, r.q.p99, r.q.max].map((v, i) => (
                          <td key={i}>{duration(v)}</td>
                        ))}
                      </>
                    ) : (
                      <td colSpan={7} className="metrics-muted">
                        no event finished
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="metrics-note">
              A client: first attempt to final answer, retries included. A schedule or a source: until the
              last hop its event caused has finished. Percentiles within ~1% (a quantile sketch).
            </p>
          </>
        )}
      </section>
      <section className="metrics-section" data-testid="metrics.cost">
        <h3>
          {source.mode === 'live' ? 'Lambda cost so far' : 'Lambda cost'}:{' '}
          <span className="metrics-big">{usd(cost.totalUsd)}</span>
        </h3>
        {cost.rows.length === 0 ? (
          <p className="metrics-note">This flow has no functions.</p>
        ) : (
          <ul className="metrics-bars">
            {cost.rows.map((r) => (
              <li key={r.nodeId} data-testid={`metrics.cost.${r.nodeId}`}>
                <button className="metrics-link" onClick={() => onPick(r.nodeId)}>
                  {r.label}
                </button>
                <span className="metrics-costbar" aria-hidden>
                  <span style={{ width: `${Math.max(r.share * 100, r.costUsd > 0 ? 0.5 : 0)}%` }} />
                </span>
                <span className="metrics-costbar-value">
                  {usd(r.costUsd)} <span className="metrics-muted">{(r.share * 100).toFixed(1)}%</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="metrics-note">
          Requests, duration and INIT of each function. Other services are not priced, nor provisioned
          concurrency.
        </p>
      </section>
    </div>
  );
}
