import { create } from 'zustand';
import type { TestOutcome } from './testOutcome';

/** What the Test pane keeps per function: the chosen sample, the edited event, the last outcome. */
export interface TestState {
  sampleId: string | null;
  eventText: string | null;
  running: boolean;
  outcome: TestOutcome | null;
}

export const EMPTY_TEST: TestState = { sampleId: null, eventText: null, running: false, outcome: null };

/**
 * The editor's own state, outside the flow document: unsaved code per function (a draft
 * exists only while it differs from the saved code), the functions opened as tabs, the
 * panel's width and each function's Test pane.
 */
interface DraftState {
  drafts: Record<string, string>;
  tabs: string[];
  width: number;
  tests: Record<string, TestState>;
  setText: (id: string, text: string, saved: string) => void;
  clearDraft: (id: string) => void;
  addTab: (id: string) => void;
  closeTab: (id: string) => void;
  setWidth: (width: number) => void;
  patchTest: (id: string, patch: Partial<TestState>) => void;
  /** Forgets every draft, tab and test (another flow was opened). */
  reset: () => void;
}

export const useDrafts = create<DraftState>()((set) => ({
  drafts: {},
  tabs: [],
  width: 760,
  tests: {},
  setText: (id, text, saved) =>
    set((s) => {
      const has = id in s.drafts;
      if (text === saved) {
        if (!has) return s;
        const drafts = { ...s.drafts };
        delete drafts[id];
        return { drafts };
      }
      return s.drafts[id] === text ? s : { drafts: { ...s.drafts, [id]: text } };
    }),
  clearDraft: (id) =>
    set((s) => {
      if (!(id in s.drafts)) return s;
      const drafts = { ...s.drafts };
      delete drafts[id];
      return { drafts };
    }),
  addTab: (id) => set((s) => (s.tabs.includes(id) ? s : { tabs: [...s.tabs, id] })),
  closeTab: (id) => set((s) => ({ tabs: s.tabs.filter((t) => t !== id) })),
  setWidth: (width) => set({ width }),
  patchTest: (id, patch) =>
    set((s) => ({ tests: { ...s.tests, [id]: { ...(s.tests[id] ?? EMPTY_TEST), ...patch } } })),
  reset: () => set({ drafts: {}, tabs: [], tests: {} }),
}));
