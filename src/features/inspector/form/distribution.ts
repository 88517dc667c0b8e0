import type { Distribution } from '../../../model';
// Deep import until src/sim/index.ts exports distributionMedian (asked of the lead).
import { distributionMedian } from '../../../sim';

/** z-score of the 99th percentile of a normal distribution. */
const Z99 = 2.3263;

const n = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10));

/** One line a person can check the numbers against: "median 40 ms, p99 ≈ 100 ms". */
export function describeDistribution(d: Distribution, unit = 'ms'): string {
  const u = (v: number) => `${n(v)} ${unit}`;
  switch (d.type) {
    case 'constant':
      return `always ${u(d.value)}`;
    case 'uniform':
      return `evenly between ${n(d.min)} and ${u(d.max)}, median ${u((d.min + d.max) / 2)}`;
    case 'normal':
      return `mean ${u(d.mean)}, p99 ≈ ${u(d.mean + Z99 * d.stddev)} (never below 0)`;
    case 'lognormal':
      return `median ${u(d.median)}, p99 ≈ ${u(d.median * Math.exp(Z99 * d.sigma))}`;
    case 'exponential':
      return `mean ${u(d.mean)}, median ≈ ${u(d.mean * Math.LN2)}, p99 ≈ ${u(d.mean * Math.log(100))}`;
    case 'empirical': {
      const sorted = [...d.samples].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return `${sorted.length.toLocaleString('en-US')} samples, median ${u(distributionMedian(d))}, p99 ${u(at(0.99))}`;
    }
  }
}

/** A distribution of another type with the same median, so switching its type keeps the scale. */
export function convertDistribution(d: Distribution, type: Distribution['type']): Distribution {
  const m = Math.max(distributionMedian(d), 1);
  switch (type) {
    case 'constant':
      return { type, value: m };
    case 'uniform':
      return { type, min: Math.round(m / 2), max: Math.round(m * 1.5) };
    case 'normal':
      return { type, mean: m, stddev: Math.round(m / 4) };
    case 'lognormal':
      return { type, median: m, sigma: 0.4 };
    case 'exponential':
      // An exponential's median is mean x ln 2.
      return { type, mean: Math.round((m / Math.LN2) * 10) / 10 };
    case 'empirical':
      return { type, samples: [m] };
  }
}

export const DISTRIBUTION_TYPES: { value: Distribution['type']; label: string }[] = [
  { value: 'lognormal', label: 'Log-normal (typical latency)' },
  { value: 'constant', label: 'Constant' },
  { value: 'uniform', label: 'Uniform' },
  { value: 'normal', label: 'Normal' },
  { value: 'exponential', label: 'Exponential' },
  { value: 'empirical', label: 'Empirical (samples)' },
];
