import { describe, expect, it } from 'vitest';
import { shouldStartTour, tourForced } from './tourStorage';

describe('shouldStartTour', () => {
  it('starts on a first visit in a person’s browser only', () => {
    expect(shouldStartTour(false, false, '')).toBe(true);
    expect(shouldStartTour(true, false, '')).toBe(false);
  });

  it('stays away from browsers driven by tests unless ?tour=1 asks for it', () => {
    expect(shouldStartTour(false, true, '')).toBe(false);
    expect(shouldStartTour(false, true, '?tour=1')).toBe(true);
    expect(shouldStartTour(false, true, '?x=2&tour=1')).toBe(true);
    expect(shouldStartTour(true, true, '?tour=1')).toBe(false);
  });

  it('reads only tour=1 as the request', () => {
    expect(tourForced('?tour=0')).toBe(false);
    expect(tourForced('?tours=1')).toBe(false);
    expect(tourForced('')).toBe(false);
  });
});
