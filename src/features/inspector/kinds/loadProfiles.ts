import type { LoadProfile } from '../../../model';

/** The rate a profile reaches at its busiest, so switching type keeps the scale. */
function peak(p: LoadProfile): number {
  switch (p.type) {
    case 'constant':
    case 'poisson':
      return p.rate;
    case 'ramp':
      return Math.max(p.from, p.to);
    case 'spike':
      return p.base;
    case 'wave':
      return p.max;
    case 'steps':
      return Math.max(...p.steps.map((s) => s.rate));
  }
}

/** A profile of another type around the same rate. */
export function convertLoad(p: LoadProfile, type: LoadProfile['type']): LoadProfile {
  const r = Math.max(peak(p), 1);
  switch (type) {
    case 'constant':
    case 'poisson':
      return { type, rate: r };
    case 'ramp':
      return { type, from: 0, to: r, durationSeconds: 60 };
    case 'spike':
      return { type, base: r, peak: r * 10, atSeconds: 30, durationSeconds: 10 };
    case 'wave':
      return { type, min: 0, max: r, periodSeconds: 60 };
    case 'steps':
      return {
        type,
        steps: [
          { atSeconds: 0, rate: r },
          { atSeconds: 30, rate: r * 2 },
        ],
      };
  }
}

export const LOAD_TYPES: { value: LoadProfile['type']; label: string }[] = [
  { value: 'poisson', label: 'Poisson (independent users)' },
  { value: 'constant', label: 'Constant (evenly spaced)' },
  { value: 'ramp', label: 'Ramp' },
  { value: 'spike', label: 'Spike' },
  { value: 'wave', label: 'Wave (periodic)' },
  { value: 'steps', label: 'Steps' },
];

/** One line that says what the profile does. */
export function describeLoad(p: LoadProfile): string {
  const rps = (n: number) => `${n.toLocaleString('en-US')} req/s`;
  switch (p.type) {
    case 'constant':
      return `exactly ${rps(p.rate)}, evenly spaced`;
    case 'poisson':
      return `${rps(p.rate)} on average, random arrivals`;
    case 'ramp':
      return `from ${rps(p.from)} to ${rps(p.to)} over ${p.durationSeconds} s, then stays`;
    case 'spike':
      return `${rps(p.base)}, jumping to ${rps(p.peak)} at ${p.atSeconds} s for ${p.durationSeconds} s`;
    case 'wave':
      return `between ${rps(p.min)} and ${rps(p.max)}, one cycle every ${p.periodSeconds} s`;
    case 'steps':
      return `${p.steps.length} step${p.steps.length === 1 ? '' : 's'}: ${p.steps.map((s) => `${rps(s.rate)} from ${s.atSeconds} s`).join(', ')}`;
  }
}
