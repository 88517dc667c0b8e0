import type { StateCreator } from 'zustand';
import type { StoreState } from './index';
import { EMPTY_TEST, type TestState } from './codeTest';

/** Unsaved handler code of one function and the saved code it was edited from. */
export interface CodeDraft {
  code: string;
  base: string;
}

/**
 * The code editor's session state, outside the flow document: unsaved code per function
 * (a draft exists only while it differs from its base), the functions opened as tabs, the
 * drawer's width and each function's Test pane.
 */
export interface EditorSlice {
  codeDrafts: Record<string, CodeDraft>;
  /** Bumped when the drafts are replaced wholesale (another document): persistence keeps those in storage. */
  codeDraftsSession: number;
  codeTabs: string[];
  codeEditorWidth: number;
  codeTests: Record<string, TestState>;
  setCodeDraft: (nodeId: string, code: string, base: string) => void;
  discardCodeDraft: (nodeId: string) => void;
  /** Commits the draft to the document with `updateNode`: one undo step. */
  saveCodeDraft: (nodeId: string) => void;
  /** Commits every draft at once: one undo step. */
  saveAllDrafts: () => void;
  /** Replaces all drafts (a new document, with what was restored for it); closes tabs and tests. */
  resetCodeDrafts: (drafts: Record<string, CodeDraft>) => void;
  addCodeTab: (nodeId: string) => void;
  closeCodeTab: (nodeId: string) => void;
  setCodeEditorWidth: (width: number) => void;
  patchCodeTest: (nodeId: string, patch: Partial<TestState>) => void;
}

const without = <T>(record: Record<string, T>, ids: readonly string[]): Record<string, T> => {
  const next = { ...record };
  for (const id of ids) delete next[id];
  return next;
};

export const createEditorSlice: StateCreator<StoreState, [], [], EditorSlice> = (set, get) => {
  const save = (ids: readonly string[]) => {
    const { doc, codeDrafts, change } = get();
    const changes = [];
    for (const id of ids) {
      const node = doc.nodes.find((n) => n.id === id);
      const draft = codeDrafts[id];
      if (draft && node?.kind === 'function')
        changes.push({ type: 'updateNode' as const, id, settings: { ...node.settings, code: draft.code } });
    }
    if (changes.length > 0) change(changes);
    set((s) => ({ codeDrafts: without(s.codeDrafts, ids) }));
  };
  return {
    codeDrafts: {},
    codeDraftsSession: 0,
    codeTabs: [],
    codeEditorWidth: 760,
    codeTests: {},
    setCodeDraft: (nodeId, code, base) =>
      set((s) => {
        const has = nodeId in s.codeDrafts;
        if (code === base) return has ? { codeDrafts: without(s.codeDrafts, [nodeId]) } : s;
        const d = s.codeDrafts[nodeId];
        return d?.code === code && d.base === base
          ? s
          : { codeDrafts: { ...s.codeDrafts, [nodeId]: { code, base } } };
      }),
    discardCodeDraft: (nodeId) =>
      set((s) => (nodeId in s.codeDrafts ? { codeDrafts: without(s.codeDrafts, [nodeId]) } : s)),
    saveCodeDraft: (nodeId) => save([nodeId]),
    saveAllDrafts: () => save(Object.keys(get().codeDrafts)),
    resetCodeDrafts: (codeDrafts) =>
      set((s) => ({
        codeDrafts,
        codeDraftsSession: s.codeDraftsSession + 1,
        codeTabs: Object.keys(codeDrafts),
        codeTests: {},
      })),
    addCodeTab: (nodeId) =>
      set((s) => (s.codeTabs.includes(nodeId) ? s : { codeTabs: [...s.codeTabs, nodeId] })),
    closeCodeTab: (nodeId) => set((s) => ({ codeTabs: s.codeTabs.filter((t) => t !== nodeId) })),
    setCodeEditorWidth: (codeEditorWidth) => set({ codeEditorWidth }),
    patchCodeTest: (nodeId, patch) =>
      set((s) => ({
        codeTests: { ...s.codeTests, [nodeId]: { ...(s.codeTests[nodeId] ?? EMPTY_TEST), ...patch } },
      })),
  };
};

/** Ids of the functions with unsaved code (use with useShallow: a new array each time). */
export const selectDirtyFunctionIds = (s: StoreState): string[] => Object.keys(s.codeDrafts);
/** Whether any function has unsaved code (files: "Save code changes?" before replacing the document). */
export const selectHasDirtyDrafts = (s: StoreState): boolean => Object.keys(s.codeDrafts).length > 0;
