import type { NodeOfKind } from '../../model';
import { EMPTY_TEST, type StoreState } from '../../store';

// Selectors at module scope (STYLE): components never build them per render.
export const selectOpenCodeEditor = (s: StoreState) => s.openCodeEditor;
export const selectEditorOpen = (s: StoreState) => s.codeEditorNodeId !== null;
export const selectDocEpoch = (s: StoreState) => s.docEpoch;
export const selectEditorWidth = (s: StoreState) => s.codeEditorWidth;
export const selectSetEditorWidth = (s: StoreState) => s.setCodeEditorWidth;
export const selectCodeTabs = (s: StoreState) => s.codeTabs;
export const selectCodeDrafts = (s: StoreState) => s.codeDrafts;
export const selectAddCodeTab = (s: StoreState) => s.addCodeTab;
export const selectCloseCodeTab = (s: StoreState) => s.closeCodeTab;
export const selectSaveCodeDraft = (s: StoreState) => s.saveCodeDraft;
export const selectPatchCodeTest = (s: StoreState) => s.patchCodeTest;
export const selectRun = (s: StoreState) => s.doc.run;

/** The function open in the editor, or null. */
export const selectEditorNode = (s: StoreState): NodeOfKind<'function'> | null => {
  const n = s.doc.nodes.find((x) => x.id === s.codeEditorNodeId);
  return n?.kind === 'function' ? n : null;
};

/** The open function's markers (undefined when none). */
export const selectEditorMarkers = (s: StoreState) =>
  s.codeEditorNodeId === null ? undefined : s.codeMarkers[s.codeEditorNodeId];

/** The open function's unsaved code, or undefined. */
export const selectEditorDraft = (s: StoreState): string | undefined =>
  s.codeEditorNodeId === null ? undefined : s.codeDrafts[s.codeEditorNodeId]?.code;

/** The open function's Test pane. */
export const selectEditorTest = (s: StoreState) =>
  (s.codeEditorNodeId === null ? undefined : s.codeTests[s.codeEditorNodeId]) ?? EMPTY_TEST;
