import type { Selection } from '../../store';

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Several things selected: say what, no bulk editing. */
export function SelectionSummary({ selection }: { selection: Selection }) {
  const parts = [
    selection.nodeIds.length > 0 && count(selection.nodeIds.length, 'node'),
    selection.edgeIds.length > 0 && count(selection.edgeIds.length, 'edge'),
    selection.noteIds.length > 0 && count(selection.noteIds.length, 'note'),
  ].filter(Boolean);
  return (
    <div className="insp-panel insp-summary" data-testid="inspector.summary">
      <p className="insp-summary-count">{parts.join(', ')} selected</p>
      <p className="fs-note">Select a single node or edge to edit its settings.</p>
    </div>
  );
}
