/** Whether a key event belongs to something the person is typing in (never a shortcut then). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.nokey')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * Whether focus is on the canvas or a control that edits it (marked `data-canvas-keys`):
 * Delete and Escape act only there, so a focused button elsewhere never deletes nodes.
 */
export function isCanvasTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return !!target.closest('.react-flow, [data-canvas-keys]');
}

export type Shortcut =
  'undo' | 'redo' | 'delete' | 'duplicate' | 'copy' | 'cut' | 'paste' | 'selectAll' | 'escape';

/** The canvas shortcut a key press stands for (Ctrl on Windows/Linux, Cmd on macOS). */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (!mod) {
    if (e.key === 'Delete' || e.key === 'Backspace') return 'delete';
    if (e.key === 'Escape') return 'escape';
    return null;
  }
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  if (e.shiftKey) return null;
  const plain: Record<string, Shortcut> = { d: 'duplicate', c: 'copy', x: 'cut', v: 'paste', a: 'selectAll' };
  return plain[key] ?? null;
}

/** Tooltip text for a shortcut, with the platform's modifier. */
export function shortcutHint(keys: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧') : keys;
}
