import type { Distribution } from '../../../model';

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
      return `${sorted.length.toLocaleString('en-US')} samples, median ${u(at(0.5))}, p99 ${u(at(0.99))}`;
    }
  }
}

/** A typical value of a distribution, so switching its type keeps the scale. */
export function typical(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
    case 'exponential':
      return d.mean;
    case 'lognormal':
      return d.median;
    case 'empirical':
      return d.samples[0] ?? 1;
  }
}

/** A distribution of another type around the same typical value. */
export function convertDistribution(d: Distribution, type: Distribution['type']): Distribution {
  const m = Math.max(typical(d), 1);
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
      return { type, mean: m };
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
