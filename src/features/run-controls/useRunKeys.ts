import { useEffect } from 'react';
import { runKey, type RunAction } from './clock';

/** Typing in a field or the code editor keeps its keys (except the F-keys, which fields do not use). */
function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t || e.key.startsWith('F')) return false;
  return (
    t.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) ||
    !!t.closest('.monaco-editor')
  );
}

/** The run's keyboard shortcuts, on the whole window. */
export function useRunKeys(act: (action: RunAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = runKey(e);
      if (!action || typing(e)) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
}
