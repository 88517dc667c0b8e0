import { useStore, type StoreState } from '../../store';
import { ProblemRow } from './ProblemRow';
import { subjectOf, type PanelProblem } from './problemList';
import { useProblems } from './useProblems';
import './problems.css';

/** Live validation of the current flow; a row reveals and selects the node or edge it is about. */
const selectSelect = (s: StoreState) => s.select;
const selectRequestFocus = (s: StoreState) => s.requestFocus;
const selectOpenCode = (s: StoreState) => s.openCodeEditor;

export function ProblemsPanel() {
  const { flow, problems } = useProblems();
  const select = useStore(selectSelect);
  const requestFocus = useStore(selectRequestFocus);
  const openCodeEditor = useStore(selectOpenCode);

  const reveal = (p: PanelProblem) => {
    if (p.nodeId) {
      select({ nodeIds: [p.nodeId] });
      requestFocus(p.nodeId);
      if (p.code) openCodeEditor(p.nodeId, p.code);
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
