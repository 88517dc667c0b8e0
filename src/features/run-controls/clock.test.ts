import { describe, expect, it } from 'vitest';
import { formatClock, runKey } from './clock';

describe('formatClock', () => {
  it('shows seconds with one decimal while running', () => {
    expect(formatClock(12_345, 60_000)).toBe('12.3 s / 60 s');
    expect(formatClock(0, 60_000)).toBe('0 s / 60 s');
  });
  it('switches to minutes and hours for long runs', () => {
    expect(formatClock(150_000, 3_600_000)).toBe('2.5 min / 1 h');
  });
});

describe('runKey', () => {
  const k = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
    runKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('maps F5, Ctrl/Cmd+Enter and Shift+F5', () => {
    expect(k('F5')).toBe('run');
    expect(k('F5', { shiftKey: true })).toBe('stop');
    expect(k('Enter', { ctrlKey: true })).toBe('run');
    expect(k('Enter', { metaKey: true })).toBe('run');
    expect(k('Enter')).toBeNull();
    expect(k('Escape')).toBeNull();
  });
});
