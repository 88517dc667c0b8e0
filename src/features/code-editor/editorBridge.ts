/**
 * What the lazily loaded editor offers the rest of the panel (which must not import Monaco):
 * registered when the editor mounts, null before.
 */
export interface EditorBridge {
  /** Moves the cursor to a 1-based line/column of the open function and focuses the editor. */
  reveal(line: number, column: number): void;
  /** Replaces a function's text as one undoable edit (Revert, Add types). */
  replaceText(nodeId: string, text: string): void;
}

let bridge: EditorBridge | null = null;

export const setEditorBridge = (b: EditorBridge | null) => {
  bridge = b;
};
export const editorBridge = () => bridge;

/** Read by Playwright specs: the open editor's text and cursor (Monaco renders lines lazily). */
export interface CodeEditorTestHook {
  value(): string | null;
  position(): { line: number; column: number } | null;
  modelCount(): number;
  markers(): Array<{ line: number; message: string }>;
  /** Replaces the open function's text as an edit (what typing it would do). */
  setValue(text: string): void;
}

declare global {
  interface Window {
    __eventflowCode?: CodeEditorTestHook;
  }
}
