import type { Problem } from '../../format';

interface ProblemRowProps {
  problem: Problem;
  index: number;
  subject: string;
  onReveal: (problem: Problem) => void;
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
        title={canReveal ? 'Show it on the canvas' : undefined}
        onClick={() => onReveal(problem)}
      >
        <span className="problems-icon" role="img" aria-label={error ? 'Error' : 'Warning'}>
          {error ? '⛔' : '⚠'}
        </span>
        <span className="problems-subject">{subject}</span>
        <span className="problems-message">{problem.message}</span>
        {problem.path && <code className="problems-path">{problem.path}</code>}
      </button>
    </li>
  );
}
