import { describe, expect, it } from 'vitest';
import { TOUR_STEPS } from './steps';

describe('TOUR_STEPS', () => {
  it('has five or six steps with distinct ids and targets, each one or two sentences', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(5);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(6);
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
    expect(new Set(TOUR_STEPS.map((s) => s.target)).size).toBe(TOUR_STEPS.length);
    for (const s of TOUR_STEPS) {
      const sentences = s.body.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
      expect(sentences.length, s.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, s.id).toBeLessThanOrEqual(2);
      expect(s.sides.length, s.id).toBeGreaterThan(0);
    }
  });

  it('points at the palette, canvas, inspector, run controls, dock and the gallery button in that order', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual([
      'palette',
      'canvas',
      'inspector',
      'run',
      'dock',
      'examples',
    ]);
    expect(TOUR_STEPS.at(-1)!.target).toBe('[data-testid="gallery.open"]');
  });
});
