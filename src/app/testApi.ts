import { parseFlowFile, describeLoadError, serializeFlow } from '../format';
import type { Flow } from '../model';
import { useStore, type Notice, type Selection } from '../store';
import { runSession, type RunState } from '../runtime/run';

/** What Playwright specs read and drive in the page (tldraw's e2e fixtures are the model). */
export interface EventflowTestApi {
  getFlow(): Flow;
  /** The file text Save / Export would write. */
  serialize(): string;
  /** Replaces the document like File > Open; throws with every reason when the input is refused. */
  loadFlow(input: Flow | string): void;
  getSelection(): Selection;
  select(selection: Partial<Selection>): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  getNotices(): Notice[];
  /** Bumped on every document change. */
  getRevision(): number;
  /** The run controls' state (status, virtual clock, events processed). */
  getRun(): RunState;
}

declare global {
  interface Window {
    __eventflow?: EventflowTestApi;
  }
}

/** Installs `window.__eventflow`. It exposes nothing a person could not do in the app. */
export function installTestApi(): void {
  const state = () => useStore.getState();
  window.__eventflow = {
    getFlow: () => state().doc,
    serialize: () => serializeFlow(state().doc),
    loadFlow: (input) => {
      const result = parseFlowFile(typeof input === 'string' ? input : JSON.stringify(input));
      if (!result.ok) throw new Error(result.error.map(describeLoadError).join('\n'));
      state().resetDocument(result.value);
      state().clearSelection();
      state().requestFocus(null);
    },
    getSelection: () => state().selection,
    select: (selection) => state().select(selection),
    undo: () => state().undo(),
    redo: () => state().redo(),
    canUndo: () => state().past.length > 0,
    getNotices: () => state().notices,
    getRevision: () => state().revision,
    getRun: () => runSession.getState(),
  };
}
