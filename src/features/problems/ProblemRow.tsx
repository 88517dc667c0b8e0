import type { PanelProblem } from './problemList';

interface ProblemRowProps {
  problem: PanelProblem;
  index: number;
  subject: string;
  onReveal: (problem: PanelProblem) => void;
}

/** One problem: severity, what it is about, where in the file, and what is wrong. */
export function ProblemRow({ problem, index, subject, onReveal }: ProblemRowProps) {
  const error = problem.severity === 'error';
  const canReveal = Boolean(problem.nodeId || problem.edgeId);
  return (
    <li>
      <button
        type="button"
        className={`problems-row is-${problem.severity}`}
        data-testid={`problems.row.${index}`}
        disabled={!canReveal}
        title={problem.code ? 'Open the code at this line' : canReveal ? 'Show it on the canvas' : undefined}
        onClick={() => onReveal(problem)}
      >
        <span className="problems-icon" role="img" aria-label={error ? 'Error' : 'Warning'}>
          {error ? '⛔' : '⚠'}
        </span>
        <span className="problems-subject">{subject}</span>
        <span className="problems-message">{problem.message}</span>
        {problem.code ? (
          <code className="problems-path">
            handler line {problem.code.line}:{problem.code.column}
          </code>
        ) : (
          problem.path && <code className="problems-path">{problem.path}</code>
        )}
      </button>
    </li>
  );
}
