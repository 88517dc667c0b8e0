import { useMemo } from 'react';
import { KIND_INFO } from '../../model';
import type { KeptRun } from '../../runtime/run';
import type { RunResult } from '../../sim';
import { compareRuns, percentChange, type FigureRow } from './compareRuns';
import { describeChange, diffRuns, type FlowChange, type RunInputs } from './flowDiff';
import { duration, formatValue, int } from './format';

interface CompareViewProps {
  kept: KeptRun;
  current: RunInputs & { result: RunResult; withCode: boolean };
  /** The node the panel shows (canvas selection or picker), listed first. */
  focusId: string | null;
  onPick: (nodeId: string) => void;
  onForget: () => void;
}

const SECTION = { run: 'Run settings', node: 'Node', edge: 'Edge' } as const;
const DIFF_LIMIT = 200;

/** The kept run and the current one side by side: what differs in their inputs, then each node's figures. */
export function CompareView({ kept, current, focusId, onPick, onForget }: CompareViewProps) {
  const ks = kept.result.summary;
  const cs = current.result.summary;
  const changes = useMemo(
    () => diffRuns({ flow: kept.flow, seed: ks.seed, durationMs: ks.durationMs }, current),
    [kept, ks, current],
  );
  // The node on show first, then those whose settings changed: that is where people look.
  const nodes = useMemo(() => {
    const changed = new Set(changes.filter((c) => c.section === 'node').map((c) => c.subject));
    const rank = (id: string) => (id === focusId ? 0 : changed.has(id) ? 1 : 2);
    return compareRuns(ks, cs)
      .map((n, i) => ({ n, i }))
      .sort((a, b) => rank(a.n.nodeId) - rank(b.n.nodeId) || a.i - b.i)
      .map(({ n }) => n);
  }, [ks, cs, changes, focusId]);
  return (
    <div className="metrics-compare" data-testid="metrics.compare">
      <p className="metrics-compare-head">
        <span>
          <b>Kept</b> seed {ks.seed}, {duration(ks.reachedMs)}
          {kept.withCode ? ', handler code' : ''}
        </span>
        <span aria-hidden>→</span>
        <span>
          <b>Current</b> seed {cs.seed}, {duration(cs.reachedMs)}
          {current.withCode ? ', handler code' : ''}
        </span>
        <button className="metrics-button" onClick={onForget}>
          Forget the kept run
        </button>
      </p>
      <div className="metrics-compare-body">
        <section className="metrics-section" data-testid="metrics.diff">
          <h3>What differs between the two runs ({changes.length === 0 ? 'nothing' : changes.length})</h3>
          {changes.length === 0 ? (
            <p className="metrics-note">
              Same flow, seed and duration: the runs are the same, figure for figure.
            </p>
          ) : (
            <ul className="metrics-diff">
              {changes.slice(0, DIFF_LIMIT).map((c, i) => (
                <li key={i} data-testid="metrics.diff.item">
                  <span className="metrics-diff-where">{where(c)}</span>
                  <span className={`metrics-diff-what is-${c.type}`}>{describeChange(c)}</span>
                </li>
              ))}
              {changes.length > DIFF_LIMIT && (
                <li className="metrics-note">and {changes.length - DIFF_LIMIT} more</li>
              )}
            </ul>
          )}
        </section>
        <div className="metrics-grid is-compare">
          {nodes.map((n) => (
            <section key={n.nodeId} className="metrics-section" data-testid={`metrics.compare.${n.nodeId}`}>
              <h3>
                <button className="metrics-link" onClick={() => onPick(n.nodeId)}>
                  {n.label}
                </button>{' '}
                <span className="metrics-kind">{KIND_INFO[n.kind].title}</span>
                {n.presence !== 'both' && <span className="metrics-kind"> ({n.presence})</span>}
              </h3>
              {n.rows.length === 0 ? (
                <p className="metrics-note">No figures to compare.</p>
              ) : (
                <table className="metrics-table">
                  <thead>
                    <tr>
                      <th />
                      <th>kept</th>
                      <th>current</th>
                      <th>change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {n.rows.map((r) => (
                      <tr key={r.key}>
                        <td>{r.label}</td>
                        <td>{show(r, r.kept)}</td>
                        <td>{show(r, r.current)}</td>
                        <td className={r.verdict ? `is-${r.verdict}` : undefined}>{change(r)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

function where(c: FlowChange): string {
  const subject = c.section === 'run' ? SECTION.run : `${SECTION[c.section]} ${c.subject}`;
  return c.path ? `${subject} › ${c.path}` : subject;
}

const show = (r: FigureRow, v: number | null) =>
  v === null ? '–' : r.unit === 'count' ? int(v) : formatValue(r.unit, v);

function change(r: FigureRow): string {
  if (r.delta === null) return '';
  if (r.delta === 0) return '=';
  const sign = r.delta > 0 ? '+' : '−';
  const abs = Math.abs(r.delta);
  const pct = percentChange(r);
  const rel = pct && pct !== 'new' ? ` (${pct.replace('-', '−')})` : '';
  return `${sign}${r.unit === 'count' ? int(abs) : formatValue(r.unit, abs)}${rel}`;
}
