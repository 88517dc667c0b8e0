import type { Flow, LoadProfile } from '../../model';
import type { RandomStream } from '../core/random';

/** Arrival times of a load profile, in virtual ms, drawn one at a time. */
export interface Arrivals {
  /** The next arrival after `t` (the previous one); Infinity when there is none before `untilMs`. */
  next(t: number, r: RandomStream, untilMs?: number): number;
}

/** Requests per second at time t (seconds) for a time-varying profile. */
export function rateAt(p: LoadProfile, t: number): number {
  switch (p.type) {
    case 'constant':
    case 'poisson':
      return p.rate;
    case 'ramp':
      return p.from + (p.to - p.from) * Math.min(1, t / p.durationSeconds);
    case 'spike':
      return t >= p.atSeconds && t < p.atSeconds + p.durationSeconds ? p.peak : p.base;
    case 'wave':
      return p.min + ((p.max - p.min) * (1 - Math.cos((2 * Math.PI * t) / p.periodSeconds))) / 2;
    case 'steps':
      return stepRate(p.steps, t);
  }
}

function stepRate(steps: { atSeconds: number; rate: number }[], t: number): number {
  let best = -Infinity;
  let rate = 0;
  for (const s of steps) {
    if (s.atSeconds <= t && s.atSeconds >= best) {
      best = s.atSeconds;
      rate = s.rate;
    }
  }
  return rate;
}

/** An upper bound of the rate over [a, b) seconds (for thinning). */
function maxRate(p: LoadProfile, a: number, b: number): number {
  switch (p.type) {
    case 'ramp':
      return Math.max(rateAt(p, a), rateAt(p, b));
    case 'spike':
      return a < p.atSeconds + p.durationSeconds && b > p.atSeconds ? Math.max(p.peak, p.base) : p.base;
    case 'wave':
      return Math.max(p.min, p.max);
    case 'steps': {
      let m = stepRate(p.steps, a);
      for (const s of p.steps) if (s.atSeconds > a && s.atSeconds < b) m = Math.max(m, s.rate);
      return m;
    }
    default:
      return p.rate;
  }
}

const WINDOW_S = 1;

/** Compiles a load profile: `constant` is evenly spaced from t=0, everything else Poisson. */
export function arrivals(p: LoadProfile): Arrivals {
  if (p.type === 'constant') {
    const gap = p.rate > 0 ? 1000 / p.rate : Infinity;
    let k = 0;
    return { next: () => (gap === Infinity ? Infinity : k++ * gap) };
  }
  if (p.type === 'poisson') {
    const mean = p.rate > 0 ? 1000 / p.rate : Infinity;
    return {
      next: (t, r) => (mean === Infinity ? Infinity : Math.max(t, 0) - mean * Math.log(r.nextOpen())),
    };
  }
  // Non-homogeneous Poisson by thinning, one window at a time with the window's peak rate.
  const horizon = horizonSeconds(p);
  if (p.type === 'wave' && Math.max(p.min, p.max) <= 0) return { next: () => Infinity };
  return {
    next(t, r, untilMs = Infinity) {
      let s = Math.max(0, t / 1000);
      const until = untilMs / 1000;
      for (;;) {
        if (s >= until || (s >= horizon && rateAt(p, s) === 0)) return Infinity;
        const end = (Math.floor(s / WINDOW_S) + 1) * WINDOW_S;
        const lambda = maxRate(p, s, end);
        if (lambda <= 0) {
          s = end;
          continue;
        }
        const cand = s - Math.log(r.nextOpen()) / lambda;
        if (cand >= end) {
          s = end;
          continue;
        }
        s = cand;
        if (r.next() * lambda < rateAt(p, s)) return s * 1000;
      }
    },
  };
}

/** After this time (s) the profile's rate no longer changes. */
function horizonSeconds(p: LoadProfile): number {
  switch (p.type) {
    case 'ramp':
      return p.durationSeconds;
    case 'spike':
      return p.atSeconds + p.durationSeconds;
    case 'steps':
      return Math.max(...p.steps.map((s) => s.atSeconds));
    default:
      return Infinity;
  }
}

/**
 * The mean requests per second all HTTP clients of `flow` send over `durationSeconds`
 * (sampled at 200 points): what a host needs to choose how many traces to keep.
 */
export function clientRate(flow: Flow, durationSeconds: number): number {
  let total = 0;
  const points = 200;
  for (const n of flow.nodes) {
    if (n.kind !== 'client') continue;
    let sum = 0;
    for (let i = 0; i < points; i++) sum += rateAt(n.settings.load, ((i + 0.5) / points) * durationSeconds);
    total += sum / points;
  }
  return total;
}
