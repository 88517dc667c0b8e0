import { useEffect } from 'react';
import { exportCurrentFlow, openFlowInput } from './actions';
import { looksLikeFlowFile } from './fileNames';

/** Where typing and pasting belong to a field or a code editor, not to the app. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], .monaco-editor',
    )
  )
    return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Ctrl/Cmd+S exports; pasting a whole flow file (outside fields) opens it. */
export function useFileShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void exportCurrentFlow();
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditableTarget(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      // Anything else (the canvas's node clipboard) is left to the canvas.
      if (!looksLikeFlowFile(text)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      openFlowInput(text, 'pasted JSON');
    };
    window.addEventListener('keydown', onKeyDown);
    // Capture phase, so a whole flow never reaches the canvas's paste handler.
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste, true);
    };
  }, []);
}
