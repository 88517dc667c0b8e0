import { describe, expect, it } from 'vitest';
import { Pacer } from './pacer';

describe('Pacer', () => {
  it('lets virtual time run at the chosen multiple of real time', () => {
    let real = 1000;
    const p = new Pacer(() => real, 10);
    p.anchor(0);
    real += 50;
    expect(p.target(0, 60_000)).toBe(500);
    p.setSpeed(0.1, 500);
    real += 100;
    expect(p.target(500, 60_000)).toBe(510);
  });

  it('holds still while paused and runs to the end at max speed', () => {
    const p = new Pacer(() => 0, 'max');
    expect(p.target(42, 60_000)).toBe(60_000);
    p.paused = true;
    expect(p.target(42, 60_000)).toBe(42);
  });

  it('does not rush to catch up when the machine is slower than the speed', () => {
    let real = 0;
    const p = new Pacer(() => real, 1000);
    p.anchor(0);
    real = 2000; // two real seconds in which the run only reached 100 virtual ms
    const t = p.target(100, 10_000_000);
    expect(t).toBe(100 + 250 * 1000);
    expect(p.behind).toBe(true);
  });

  it('never goes past the end of the run', () => {
    let real = 0;
    const p = new Pacer(() => real, 1);
    p.anchor(0);
    real = 100;
    expect(p.target(90, 95)).toBe(95);
  });
});
