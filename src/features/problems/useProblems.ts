import { useDeferredValue, useMemo } from 'react';
import type { Problem } from '../../format';
import type { Flow } from '../../model';
import { selectDoc, useStore } from '../../store';
import { problemsOf } from './problemList';
import { useDebounced } from './useDebounced';

const DEBOUNCE_MS = 150;

/**
 * The problems of the current document, validated ~150 ms after edits stop and in a deferred
 * render, so typing and dragging never wait for validation. `flow` is the validated document.
 */
export function useProblems(): { flow: Flow; problems: Problem[] } {
  const doc = useStore(selectDoc);
  const flow = useDeferredValue(useDebounced(doc, DEBOUNCE_MS));
  const problems = useMemo(() => problemsOf(flow), [flow]);
  return { flow, problems };
}
