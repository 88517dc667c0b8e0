import type { ReactNode } from 'react';

/** One entry of a menu: an action, a submenu, or a separator. Plain data, built by the caller. */
export type MenuEntry =
  | {
      type: 'item';
      id: string;
      label: ReactNode;
      /** Secondary text on the right: a shortcut or a time. */
      hint?: string;
      disabled?: boolean;
      testId?: string;
      onSelect: () => void;
    }
  | {
      type: 'submenu';
      id: string;
      label: ReactNode;
      testId?: string;
      entries: MenuEntry[];
      emptyText?: string;
    }
  | { type: 'separator'; id: string };

/** Indexes of the entries that keyboard focus can land on. */
export function focusableIndexes(entries: readonly MenuEntry[]): number[] {
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (e.type === 'submenu' || (e.type === 'item' && !e.disabled)) out.push(i);
  });
  return out;
}

/** The next focusable index from `current` in direction `step` (wrapping), or -1 if none. */
export function stepFocus(entries: readonly MenuEntry[], current: number, step: 1 | -1): number {
  const list = focusableIndexes(entries);
  if (list.length === 0) return -1;
  const at = list.indexOf(current);
  if (at < 0) return step === 1 ? list[0]! : list[list.length - 1]!;
  return list[(at + step + list.length) % list.length]!;
}
