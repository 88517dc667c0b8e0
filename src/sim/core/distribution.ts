import type { Distribution } from '../../model';
import type { RandomStream } from './random';

/** A compiled distribution: draws one value from the given stream. */
export type Sampler = (random: RandomStream) => number;

/** Turns a flow-file distribution into a sampler; draws are never negative. */
export function sampler(d: Distribution): Sampler {
  switch (d.type) {
    case 'constant': {
      const v = d.value;
      return () => v;
    }
    case 'uniform': {
      const { min } = d;
      const span = d.max - d.min;
      return (r) => min + span * r.next();
    }
    case 'normal': {
      const { mean, stddev } = d;
      // Durations cannot be negative: the rare draws below 0 are clamped to 0.
      return (r) => Math.max(0, mean + stddev * gaussian(r));
    }
    case 'lognormal': {
      const mu = Math.log(d.median);
      const { sigma } = d;
      return (r) => Math.exp(mu + sigma * gaussian(r));
    }
    case 'exponential': {
      const { mean } = d;
      return (r) => -mean * Math.log(r.nextOpen());
    }
    case 'empirical': {
      const samples = d.samples;
      const n = samples.length;
      return (r) => samples[Math.floor(r.next() * n)]!;
    }
  }
}

/** Mean of a distribution (before clamping), for lower bounds and docs. */
export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return d.median * Math.exp((d.sigma * d.sigma) / 2);
    case 'exponential':
      return d.mean;
    case 'empirical':
      return d.samples.reduce((a, b) => a + b, 0) / d.samples.length;
  }
}

/** Exact median of the values `sampler(d)` draws: the one "typical value" every view shows. */
export function distributionMedian(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      // Draws below 0 are clamped to 0, which moves the median only when the mean is below 0.
      return Math.max(0, d.mean);
    case 'lognormal':
      return d.median;
    case 'exponential':
      return d.mean * Math.LN2;
    case 'empirical': {
      const s = [...d.samples].sort((a, b) => a - b);
      const n = s.length;
      if (n === 0) return 0;
      return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
    }
  }
}

/** A standard normal draw (Box-Muller, one value per call: simple and stream-stable). */
export function gaussian(r: RandomStream): number {
  const u = r.nextOpen();
  const v = r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
