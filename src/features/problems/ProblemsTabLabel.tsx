import { countProblems } from './problemList';
import { useProblems } from './useProblems';

/** "Problems" with a badge per severity: errors red, warnings amber. */
export function ProblemsTabLabel() {
  const { errors, warnings } = countProblems(useProblems().problems);
  return (
    <span className="problems-tab" data-testid="problems.tab">
      Problems
      {errors > 0 && (
        <span
          className="problems-badge is-error"
          data-testid="problems.count.errors"
          title={`${errors} error${errors === 1 ? '' : 's'}`}
        >
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span
          className="problems-badge is-warning"
          data-testid="problems.count.warnings"
          title={`${warnings} warning${warnings === 1 ? '' : 's'}`}
        >
          {warnings}
        </span>
      )}
    </span>
  );
}
