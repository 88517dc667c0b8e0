import { describe, expect, it } from 'vitest';
import { convertDistribution, describeDistribution } from './distribution';

describe('distribution type switch keeps the median', () => {
  it('takes the exact median of the old distribution', () => {
    expect(convertDistribution({ type: 'exponential', mean: 100 }, 'lognormal')).toEqual({
      type: 'lognormal',
      median: 100 * Math.LN2,
      sigma: 0.4,
    });
    expect(convertDistribution({ type: 'empirical', samples: [9, 1, 5, 3] }, 'constant')).toEqual({
      type: 'constant',
      value: 4,
    });
  });

  it('gives an exponential the mean whose median is the old one', () => {
    const e = convertDistribution({ type: 'lognormal', median: 40, sigma: 0.4 }, 'exponential');
    expect(e).toEqual({ type: 'exponential', mean: 57.7 });
  });

  it('shows the exact sample median of an even number of samples', () => {
    expect(describeDistribution({ type: 'empirical', samples: [4, 1, 2, 3] })).toBe(
      '4 samples, median 2.5 ms, p99 4 ms',
    );
  });
});
