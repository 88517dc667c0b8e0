import { useDeferredValue, useMemo } from 'react';
import type { Flow } from '../../model';
import { useStore, type StoreState } from '../../store';
import { problemsOf, withCodeProblems, type PanelProblem } from './problemList';
import { useDebounced } from './useDebounced';

const DEBOUNCE_MS = 150;

/**
 * The problems of the current document, validated ~150 ms after edits stop and in a deferred
 * render, so typing and dragging never wait for validation. `flow` is the validated document.
 */
// While a drag is under way the document changes every frame, but only in positions, which
// validation ignores: validate the last committed state until the drop commits.
const selectValidated = (s: StoreState) => s.uncommittedBase ?? s.doc;

const selectMarkers = (s: StoreState) => s.codeMarkers;

export function useProblems(): { flow: Flow; problems: PanelProblem[] } {
  const doc = useStore(selectValidated);
  const markers = useStore(selectMarkers);
  const flow = useDeferredValue(useDebounced(doc, DEBOUNCE_MS));
  const problems = useMemo(() => withCodeProblems(flow, problemsOf(flow), markers), [flow, markers]);
  return { flow, problems };
}
