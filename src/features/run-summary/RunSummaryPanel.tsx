import { useRunResult, useRunState } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { summaryTables } from '../../sim';
import { summaryHeader } from './summaryHeader';
import './runSummary.css';

const selectSelect = (s: StoreState) => s.select;
const selectRequestFocus = (s: StoreState) => s.requestFocus;
const selectSetDockTab = (s: StoreState) => s.setDockTab;

/** The last run's figures, as the CLI prints them; a row selects its node on the canvas. */
export function RunSummaryPanel() {
  const result = useRunResult();
  const { resultWithCode, status } = useRunState();
  const select = useStore(selectSelect);
  const requestFocus = useStore(selectRequestFocus);
  const setDockTab = useStore(selectSetDockTab);

  if (!result) {
    return (
      <div className="summary-empty" data-testid="summary.empty">
        {status === 'running' ? 'Running…' : 'No run yet: press Run (F5) to simulate the flow.'}
      </div>
    );
  }
  const s = result.summary;
  const reveal = (nodeId: string) => {
    select({ nodeIds: [nodeId] });
    requestFocus(nodeId);
  };
  return (
    <div className="summary" data-testid="summary.table">
      <p className="summary-header">
        {summaryHeader(s, resultWithCode)}
        {status === 'running' && (
          <span className="summary-stale"> (previous run; a new one is running)</span>
        )}{' '}
        <button className="summary-link" data-testid="summary.charts" onClick={() => setDockTab('metrics')}>
          Charts over time: Metrics tab
        </button>
      </p>
      {summaryTables(s).map((t) => (
        <table
          key={t.title}
          className={t.head.includes('counters') ? 'summary-grid is-text' : 'summary-grid'}
        >
          <caption>{t.title}</caption>
          <thead>
            <tr>
              {t.head.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr
                key={r.nodeId}
                data-testid={`summary.row.${r.nodeId}`}
                tabIndex={0}
                onClick={() => reveal(r.nodeId)}
                onKeyDown={(e) => e.key === 'Enter' && reveal(r.nodeId)}
              >
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="summary-cost">
        Lambda cost: ${s.lambdaCostUsd.toFixed(6)} (requests, duration, INIT); other services not priced, nor
        provisioned concurrency. Spans: {s.spans.kept.toLocaleString('en-US')} kept of{' '}
        {s.spans.seen.toLocaleString('en-US')}.
      </p>
      {s.warnings.length > 0 && (
        <ul className="summary-warnings" data-testid="summary.warnings">
          {s.warnings.map((w, i) => (
            <li key={i}>
              <button className="summary-link" onClick={() => reveal(w.nodeId)}>
                {w.nodeId}
              </button>
              : {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
