import { describe, expect, it } from 'vitest';
import { shortcutOf } from './keys';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => shortcutOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutOf', () => {
  it('maps undo and the three redo chords', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
  });

  it('maps editing chords on Ctrl and Cmd alike', () => {
    expect(press('d', { metaKey: true })).toBe('duplicate');
    expect(press('c', { ctrlKey: true })).toBe('copy');
    expect(press('v', { ctrlKey: true })).toBe('paste');
    expect(press('Delete')).toBe('delete');
    expect(press('Backspace')).toBe('delete');
  });

  it('leaves other keys alone', () => {
    expect(press('c')).toBeNull();
    expect(press('v', { ctrlKey: true, altKey: true })).toBeNull();
    expect(press('d', { ctrlKey: true, shiftKey: true })).toBeNull();
  });
});
