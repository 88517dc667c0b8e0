import { describe, expect, it } from 'vitest';
import { focusableIndexes, stepFocus, type MenuEntry } from './menuTypes';

const item = (id: string, disabled = false): MenuEntry => ({
  type: 'item',
  id,
  label: id,
  disabled,
  onSelect: () => {},
});
const entries: MenuEntry[] = [
  item('new'),
  { type: 'separator', id: 's' },
  item('off', true),
  { type: 'submenu', id: 'recent', label: 'Recent', entries: [] },
  item('last'),
];

describe('menu focus', () => {
  it('skips separators and disabled items', () => {
    expect(focusableIndexes(entries)).toEqual([0, 3, 4]);
  });
  it('steps through focusable entries and wraps at both ends', () => {
    expect(stepFocus(entries, 0, 1)).toBe(3);
    expect(stepFocus(entries, 4, 1)).toBe(0);
    expect(stepFocus(entries, 0, -1)).toBe(4);
  });
  it('starts at an end when nothing is active, and gives -1 for an empty menu', () => {
    expect(stepFocus(entries, -1, 1)).toBe(0);
    expect(stepFocus(entries, -1, -1)).toBe(4);
    expect(stepFocus([], -1, 1)).toBe(-1);
  });
});
