import { describe, expect, it } from 'vitest';
import { SPEEDS } from '../../runtime/run/pacer';
import { formatVirtual } from '../../lib/virtualClock';
import { formatClock, nextSpeed, randomSeed, runKey, speedLabel } from './clock';

describe('formatClock', () => {
  it('shows seconds with one decimal while running', () => {
    expect(formatClock(12_345, 60_000)).toBe('12.3 s / 60 s');
    expect(formatClock(0, 60_000)).toBe('0 s / 60 s');
  });
  it('switches to minutes and hours for long runs', () => {
    expect(formatClock(150_000, 3_600_000)).toBe('2.5 min / 1 h');
  });
});

describe('formatVirtual', () => {
  it('reads like a stopwatch, to the millisecond', () => {
    expect(formatVirtual(0)).toBe('00:00.000');
    expect(formatVirtual(12_345.9)).toBe('00:12.345');
    expect(formatVirtual(3_723_004)).toBe('1:02:03.004');
  });
});

describe('runKey', () => {
  const k = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
    runKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('maps the debugger keys', () => {
    expect(k('F5')).toBe('run');
    expect(k('F5', { shiftKey: true })).toBe('stop');
    expect(k('F5', { shiftKey: true, ctrlKey: true })).toBe('reset');
    expect(k('F6')).toBe('pause');
    expect(k('F10')).toBe('step');
    expect(k('Enter', { ctrlKey: true })).toBe('run');
    expect(k('Enter', { metaKey: true })).toBe('run');
    expect(k(']', { ctrlKey: true })).toBe('faster');
    expect(k('[', { metaKey: true })).toBe('slower');
    expect(k(']')).toBeNull();
    expect(k('Enter')).toBeNull();
    expect(k('Escape')).toBeNull();
  });
});

describe('speeds', () => {
  it('climbs and descends the ladder and stops at its ends', () => {
    expect(nextSpeed(SPEEDS, 1, 1)).toBe(2);
    expect(nextSpeed(SPEEDS, 1000, 1)).toBe('max');
    expect(nextSpeed(SPEEDS, 'max', 1)).toBe('max');
    expect(nextSpeed(SPEEDS, 0.1, -1)).toBe(0.1);
    expect(nextSpeed(SPEEDS, 3, 1)).toBe(2);
    expect(speedLabel(0.25)).toBe('0.25×');
    expect(speedLabel('max')).toBe('Max');
  });
  it('draws seeds in the range the flow format accepts', () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.999999)).toBeLessThan(2 ** 31);
  });
});
