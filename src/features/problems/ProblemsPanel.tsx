import type { Problem } from '../../format';
import { useStore } from '../../store';
import { ProblemRow } from './ProblemRow';
import { subjectOf } from './problemList';
import { useProblems } from './useProblems';
import './problems.css';

/** Live validation of the current flow; a row reveals and selects the node or edge it is about. */
export function ProblemsPanel() {
  const { flow, problems } = useProblems();
  const select = useStore((s) => s.select);
  const requestFocus = useStore((s) => s.requestFocus);

  const reveal = (p: Problem) => {
    if (p.nodeId) {
      select({ nodeIds: [p.nodeId] });
      requestFocus(p.nodeId);
    } else if (p.edgeId) {
      select({ edgeIds: [p.edgeId] });
    }
  };

  if (problems.length === 0) {
    return (
      <div className="problems-empty" data-testid="problems.empty">
        <span aria-hidden>✓</span> No problems
      </div>
    );
  }
  return (
    <ul className="problems-list" data-testid="problems.list" aria-label="Problems">
      {problems.map((p, i) => (
        <ProblemRow
          key={`${i}:${p.path}:${p.message}`}
          problem={p}
          index={i}
          subject={subjectOf(p, flow)}
          onReveal={reveal}
        />
      ))}
    </ul>
  );
}
