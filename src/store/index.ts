import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createCodeSlice, type CodeSlice } from './codeSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createRunSlice, type RunSlice } from './runSlice';

/** One store built from slices (zustand slices pattern); middleware only here, at the root. */
export type StoreState = DocumentSlice & SelectionSlice & UiSlice & CodeSlice & EditorSlice & RunSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createCodeSlice(...a),
  ...createEditorSlice(...a),
  ...createRunSlice(...a),
}));

export type { DocChange } from './docChanges';
export { applyDocChanges } from './docChanges';
export type { Selection } from './selectionSlice';
export type { DockTab, Notice, TraceFocus } from './uiSlice';
export { DOCK_HEIGHT } from './uiSlice';
export type { CodeMarker } from './codeSlice';
export type { CodeDraft } from './editorSlice';
export { IDLE_RUN_CONTROL, type RunControl, type RunStatus } from './runSlice';
export { selectDirtyFunctionIds, selectHasDirtyDrafts } from './editorSlice';
export { EMPTY_TEST, type ReportFigures, type TestOutcome, type TestState } from './codeTest';
export { codeHash, draftKey, persistDrafts, restoreDrafts, type DraftStorage } from './draftStorage';
export * from './selectors';
