import { useState } from 'react';
import { useStore, type StoreState } from '../../store';
import { AutosaveStatus } from './AutosaveStatus';

const selectName = (s: StoreState) => s.doc.name;
const MAX_NAME = 80;

/** The flow's name, renamed in place (Enter commits, Escape cancels), and the autosave status. */
export function FlowTitle() {
  const name = useStore(selectName);
  const change = useStore((s) => s.change);
  const [draft, setDraft] = useState<string | null>(null);
  const empty = draft !== null && draft.trim() === '';

  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    if (next === '') return;
    if (next !== name) change({ type: 'setInfo', name: next });
    setDraft(null);
  };

  return (
    <div className="files-title">
      {draft === null ? (
        <button
          type="button"
          className="files-title-button"
          data-testid="flow.title"
          title="Rename the flow"
          onClick={() => setDraft(name)}
        >
          {name}
        </button>
      ) : (
        <input
          className="files-title-input"
          data-testid="flow.title.input"
          aria-label="Flow name"
          aria-invalid={empty}
          title={empty ? 'A flow needs a name' : undefined}
          value={draft}
          maxLength={MAX_NAME}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => (empty ? setDraft(null) : commit())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {empty && (
        <span className="files-title-error" role="alert">
          A flow needs a name
        </span>
      )}
      <AutosaveStatus />
    </div>
  );
}
