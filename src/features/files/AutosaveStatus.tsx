import { useAutosaveStatus } from './autosaveStatus';

const TEXT = { saved: 'Saved', pending: 'Saving…', saving: 'Saving…', error: 'Not saved' } as const;

/** A quiet word about the autosave; the error says why on hover. */
export function AutosaveStatus() {
  const { state, detail } = useAutosaveStatus();
  const title =
    state === 'error'
      ? `This browser did not keep the flow${detail ? ` (${detail})` : ''}. Use Save / Export to keep a copy.`
      : 'Changes are kept in this browser and restored when you come back.';
  return (
    <span
      className={`files-status is-${state}`}
      data-testid="file.autosave-status"
      title={title}
      aria-live="polite"
    >
      {TEXT[state]}
    </span>
  );
}
