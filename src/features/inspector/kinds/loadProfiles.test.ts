import { describe, expect, it } from 'vitest';
import { LoadProfile } from '../../../model';
import { convertLoad, describeLoad, LOAD_TYPES } from './loadProfiles';

describe('load profiles', () => {
  it('every converted profile is valid and keeps the rate', () => {
    for (const { value } of LOAD_TYPES) {
      const p = convertLoad({ type: 'poisson', rate: 50 }, value);
      expect(LoadProfile.safeParse(p).success).toBe(true);
      expect(p.type).toBe(value);
    }
    expect(convertLoad({ type: 'wave', min: 1, max: 80, periodSeconds: 60 }, 'constant')).toEqual({
      type: 'constant',
      rate: 80,
    });
  });
  it('describes a spike in words', () => {
    expect(describeLoad({ type: 'spike', base: 10, peak: 1000, atSeconds: 30, durationSeconds: 5 })).toBe(
      '10 req/s, jumping to 1,000 req/s at 30 s for 5 s',
    );
  });
});
