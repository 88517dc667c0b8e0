import { describe, expect, it } from 'vitest';
import { clockTick, compact, duration, formatTick, formatValue, usd } from './format';

describe('format', () => {
  it('shortens large numbers for axes', () => {
    expect(compact(0)).toBe('0');
    expect(compact(950)).toBe('950');
    expect(compact(12_345)).toBe('12.3k');
    expect(compact(2_500_000)).toBe('2.5M');
    expect(compact(0.25)).toBe('0.25');
  });

  it('says durations in the unit a person would use', () => {
    expect(duration(3.456)).toBe('3.46 ms');
    expect(duration(850)).toBe('850 ms');
    expect(duration(1500)).toBe('1.5 s');
    expect(duration(150_000)).toBe('2.5 min');
    expect(duration(3 * 3_600_000)).toBe('3 h');
  });

  it('writes small dollar amounts without exponents', () => {
    expect(usd(0)).toBe('$0');
    expect(usd(0.000531329)).toBe('$0.000531');
    expect(usd(2.0833e-7)).toBe('$0.000000208');
    expect(usd(12.4)).toBe('$12.40');
  });

  it('formats values by unit and ticks without the unit', () => {
    expect(formatValue('perSecond', 1234)).toBe('1234/s');
    expect(formatValue('perSecond', 12_340)).toBe('12.3k/s');
    expect(formatValue('ms', 20)).toBe('20 ms');
    expect(formatTick('perSecond', 12_340)).toBe('12.3k');
    expect(formatTick('usd', 0)).toBe('0');
  });

  it('labels the clock axis in seconds, minutes, hours', () => {
    expect(clockTick(45)).toBe('45 s');
    expect(clockTick(300)).toBe('5 min');
    expect(clockTick(5400)).toBe('90 min');
    expect(clockTick(9000)).toBe('2 h 30');
    expect(clockTick(7200)).toBe('2 h');
  });
});
