import { dropFragmentParts, VIEW_ONLY_PART } from '../../components/location';
import { useEffect } from 'react';
import { runSession } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import './presenter.css';

const selectPresenter = (s: StoreState) => s.presenter;
const selectReadOnly = (s: StoreState) => s.readOnly;

/** The speed presenter mode starts at: fast enough to see a pattern, slow enough to follow a dot. */
export const PRESENTER_SPEED = 1;

/** Turns presenter mode on or off; runs faster than real time slow down to it on entering. */
export function togglePresenter(): void {
  const { presenter, setPresenter } = useStore.getState();
  setPresenter(!presenter);
  const { speed } = runSession.getState();
  if (!presenter && (speed === 'max' || speed > PRESENTER_SPEED)) runSession.setSpeed(PRESENTER_SPEED);
}

/** Leaves a view-only page: editing comes back, and a reload no longer asks for the view. */
function leaveViewOnly(): void {
  const { setReadOnly, setPresenter } = useStore.getState();
  setReadOnly(false);
  setPresenter(false);
  dropFragmentParts((p) => p === VIEW_ONLY_PART);
}

/** "Present" in the top bar (Alt+P): larger type and cards, the dock hidden, a calmer speed. */
export function PresenterButton() {
  const presenter = useStore(selectPresenter);
  const readOnly = useStore(selectReadOnly);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
        e.preventDefault();
        togglePresenter();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (readOnly)
    return (
      <button
        type="button"
        className="presenter-button"
        data-testid="presenter.edit"
        title="This page is view-only (a shared link). Edit it here: your changes stay in this browser."
        onClick={leaveViewOnly}
      >
        Edit this flow
      </button>
    );
  return (
    <button
      type="button"
      className={`presenter-button${presenter ? ' is-on' : ''}`}
      data-testid="presenter.toggle"
      aria-pressed={presenter}
      title={
        presenter
          ? 'Leave presenter mode (Alt+P)'
          : 'Presenter mode (Alt+P): larger type and cards, the dock hidden until you open it, 1× speed'
      }
      onClick={togglePresenter}
    >
      {presenter ? 'Presenting' : 'Present'}
    </button>
  );
}
