import type { StateCreator } from 'zustand';
import { emptyFlow, type Flow } from '../model';
import { applyDocChanges, type DocChange } from './docChanges';
import type { StoreState } from './index';

const HISTORY_LIMIT = 200;

export interface DocumentSlice {
  doc: Flow;
  /** Committed states before `doc` (undo) and after it (redo). */
  past: Flow[];
  future: Flow[];
  /** The last committed state while uncommitted edits (drag frames) are under way. */
  uncommittedBase: Flow | null;
  /** Bumped on every document change; autosave and Problems watch it. */
  revision: number;
  /** Bumped when the document is replaced (new, open, restore): a new editing session. */
  docEpoch: number;
  /**
   * Applies an edit. `commit: false` is for intermediate frames (a drag): they change the
   * document but become one undo step only when a committing change follows.
   */
  change: (changes: DocChange | DocChange[], options?: { commit?: boolean }) => void;
  /** Replaces the document (open, new, restore): a fresh history. */
  resetDocument: (flow: Flow) => void;
  undo: () => void;
  redo: () => void;
}

export const createDocumentSlice: StateCreator<StoreState, [], [], DocumentSlice> = (set, get) => ({
  doc: emptyFlow(),
  past: [],
  future: [],
  uncommittedBase: null,
  revision: 0,
  docEpoch: 0,
  change: (changes, options) => {
    const list = Array.isArray(changes) ? changes : [changes];
    const { doc, past, uncommittedBase, revision } = get();
    const next = applyDocChanges(doc, list);
    if (next === doc) return;
    if (options?.commit === false) {
      set({ doc: next, uncommittedBase: uncommittedBase ?? doc, revision: revision + 1 });
      return;
    }
    const base = uncommittedBase ?? doc;
    set({
      doc: next,
      past: [...past, base].slice(-HISTORY_LIMIT),
      future: [],
      uncommittedBase: null,
      revision: revision + 1,
    });
  },
  resetDocument: (flow) =>
    set((s) => ({
      doc: flow,
      past: [],
      future: [],
      uncommittedBase: null,
      revision: s.revision + 1,
      docEpoch: s.docEpoch + 1,
    })),
  undo: () => {
    const { doc, past, future, uncommittedBase, revision } = get();
    const current = uncommittedBase ?? doc;
    const prev = past[past.length - 1];
    if (!prev) return;
    set({
      doc: prev,
      past: past.slice(0, -1),
      future: [current, ...future],
      uncommittedBase: null,
      revision: revision + 1,
    });
  },
  redo: () => {
    const { doc, past, future, revision } = get();
    const next = future[0];
    if (!next) return;
    set({
      doc: next,
      past: [...past, doc],
      future: future.slice(1),
      uncommittedBase: null,
      revision: revision + 1,
    });
  },
});
