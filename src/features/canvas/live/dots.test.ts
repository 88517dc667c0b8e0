import { describe, expect, it } from 'vitest';
import {
  DOT_CAP,
  DOT_FLOOR,
  DotField,
  FADE_MS,
  TRAVEL_MS,
  dotPhase,
  ease,
  hopTone,
  isFailurePath,
  nextCap,
  staggeredStart,
} from './dots';
import { PULSE_MS, PulseField, pulsePhase, spanPulse } from './pulses';

describe('dot tones', () => {
  it('marks failure paths, then retries, else ok', () => {
    expect(isFailurePath({ type: 'deadLetter', maxReceiveCount: 3 } as never)).toBe(true);
    expect(isFailurePath({ type: 'destination', on: 'failure' } as never)).toBe(true);
    expect(isFailurePath({ type: 'destination', on: 'success' } as never)).toBe(false);
    expect(isFailurePath({ type: 'invoke' })).toBe(false);
    expect(hopTone(1, false)).toBe('ok');
    expect(hopTone(2, false)).toBe('retry');
    expect(hopTone(3, true)).toBe('dlq');
  });
});

describe('dot timing', () => {
  it('eases from 0 to 1 through the middle', () => {
    expect(ease(0)).toBe(0);
    expect(ease(0.5)).toBeCloseTo(0.5);
    expect(ease(1)).toBe(1);
    expect(ease(0.25)).toBeLessThan(0.25);
    expect(ease(0.75)).toBeGreaterThan(0.75);
  });

  it('travels, then fades at the far end, then is gone', () => {
    expect(dotPhase(-1)).toBeNull();
    expect(dotPhase(0)).toEqual({ progress: 0, alpha: 1 });
    expect(dotPhase(TRAVEL_MS / 2)!.progress).toBeCloseTo(0.5);
    expect(dotPhase(TRAVEL_MS + FADE_MS / 2)).toEqual({ progress: 1, alpha: 0.5 });
    expect(dotPhase(TRAVEL_MS + FADE_MS)).toBeNull();
  });

  it('spreads a burst of hops over the window by their virtual time', () => {
    expect(staggeredStart(100, 100, 200, 1000, 50)).toBe(1000);
    expect(staggeredStart(150, 100, 200, 1000, 50)).toBe(1025);
    expect(staggeredStart(200, 100, 200, 1000, 50)).toBe(1050);
    // Hops before the window (a fire while paused) start at once.
    expect(staggeredStart(90, 100, 100, 1000, 50)).toBe(1000);
  });
});

describe('DotField', () => {
  it('skips new dots past the cap, keeping the ones already moving', () => {
    const f = new DotField(2);
    expect(f.add({ edgeId: 'a', tone: 'ok', bornMs: 0 })).toBe(true);
    expect(f.add({ edgeId: 'b', tone: 'ok', bornMs: 0 })).toBe(true);
    expect(f.add({ edgeId: 'c', tone: 'ok', bornMs: 0 })).toBe(false);
    expect(f.dots.map((d) => d.edgeId)).toEqual(['a', 'b']);
    expect([f.spawned, f.skipped]).toEqual([2, 1]);
  });

  it('prunes the dots that finished fading only', () => {
    const f = new DotField();
    f.add({ edgeId: 'old', tone: 'ok', bornMs: 0 });
    f.add({ edgeId: 'new', tone: 'retry', bornMs: 500 });
    f.prune(TRAVEL_MS + FADE_MS);
    expect(f.dots.map((d) => d.edgeId)).toEqual(['new']);
    f.clear();
    expect([f.dots.length, f.spawned]).toEqual([0, 0]);
  });
});

describe('nextCap', () => {
  it('lowers the cap while drawing is slow, within its floor, and raises it again when fast', () => {
    expect(nextCap(1000, 12)).toBe(850);
    expect(nextCap(DOT_FLOOR, 50)).toBe(DOT_FLOOR);
    expect(nextCap(1000, 4)).toBe(1000);
    expect(nextCap(1000, 1)).toBe(1050);
    expect(nextCap(DOT_CAP, 0)).toBe(DOT_CAP);
  });
});

describe('pulses', () => {
  it('pulses red on failures and amber on throttles only', () => {
    expect(spanPulse('error')).toBe('error');
    expect(spanPulse('timeout')).toBe('error');
    expect(spanPulse('crash')).toBe('error');
    expect(spanPulse('throttled')).toBe('throttle');
    expect(spanPulse('ok')).toBeNull();
  });

  it('makes one ring of a burst per node and tone', () => {
    const p = new PulseField();
    expect(p.add('fn', 'error', 0)).toBe(true);
    expect(p.add('fn', 'error', 100)).toBe(false);
    expect(p.add('fn', 'throttle', 100)).toBe(true);
    expect(p.add('other', 'error', 100)).toBe(true);
    expect(p.add('fn', 'error', 400)).toBe(true);
    p.prune(PULSE_MS + 50);
    expect(p.pulses.map((x) => `${x.nodeId}/${x.tone}`)).toEqual(['fn/throttle', 'other/error', 'fn/error']);
    expect(pulsePhase(0)).toEqual({ grow: 0, alpha: 1 });
    expect(pulsePhase(PULSE_MS)).toBeNull();
  });
});
