import { useSyncExternalStore } from 'react';
import type { AutosaveState } from './autosave';

// The autosave status is the files feature's own concern; it lives here, not in the app store.
let current: { state: AutosaveState; detail: string | null } = { state: 'saved', detail: null };
const listeners = new Set<() => void>();

export function setAutosaveState(state: AutosaveState, detail: string | null = null): void {
  if (current.state === state && current.detail === detail) return;
  current = { state, detail };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAutosaveStatus() {
  return useSyncExternalStore(subscribe, () => current);
}
