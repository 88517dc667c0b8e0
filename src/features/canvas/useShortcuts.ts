import { useEffect } from 'react';
import { useStore } from '../../store';
import { isCanvasTarget, isTypingTarget, shortcutOf } from './keys';
import { isFlowFileText } from './clipboard';
import { useClipboardActions } from './useClipboardActions';
import { useEditActions } from './useEditActions';

const hasTextSelection = () => {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().length > 0;
};

/**
 * Canvas shortcuts on the whole window, except while the person types (inputs, text areas,
 * editors marked `nokey`), where the keys keep their usual meaning.
 */
export function useShortcuts() {
  const { deleteSelection, selectAll } = useEditActions();
  const { copy, cut, pasteText, pasteFromClipboard, duplicate } = useClipboardActions();

  useEffect(() => {
    // A paste event carries the system clipboard without a permission prompt; when the browser
    // sends none (focus on no element that takes one), the keydown falls back after a tick.
    let awaitingPaste: ReturnType<typeof setTimeout> | null = null;
    const onPaste = (e: ClipboardEvent) => {
      if (awaitingPaste) clearTimeout(awaitingPaste);
      awaitingPaste = null;
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? null;
      if (text && isFlowFileText(text)) return;
      e.preventDefault();
      pasteText(text);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const shortcut = shortcutOf(e);
      if (!shortcut) return;
      const local = shortcut === 'delete' || shortcut === 'escape' || shortcut === 'selectAll';
      if (local && !isCanvasTarget(e.target)) return;
      const store = useStore.getState();
      // A view-only page (a shared link's option) selects and copies, never edits.
      if (store.readOnly && !['escape', 'selectAll', 'copy'].includes(shortcut)) return;
      switch (shortcut) {
        case 'undo':
          store.undo();
          break;
        case 'redo':
          store.redo();
          break;
        case 'delete':
          deleteSelection();
          break;
        case 'duplicate':
          duplicate();
          break;
        case 'copy':
        case 'cut':
          if (hasTextSelection()) return;
          if (shortcut === 'copy') copy();
          else cut();
          break;
        case 'paste':
          awaitingPaste = setTimeout(() => {
            awaitingPaste = null;
            void pasteFromClipboard();
          }, 50);
          return;
        case 'selectAll':
          selectAll();
          break;
        case 'escape':
          store.clearSelection();
          if (store.traceFocus) store.focusTrace(null);
          if (store.followTraceId !== null) store.setFollowTrace(null);
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // Capture phase, like the files feature's listener, so a paste it takes still cancels our
    // fallback; a flow file is left to it.
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('paste', onPaste, true);
      if (awaitingPaste) clearTimeout(awaitingPaste);
    };
  }, [deleteSelection, selectAll, copy, cut, pasteText, pasteFromClipboard, duplicate]);
}
