import { z } from 'zod';

const rate = z.number().min(0).max(1_000_000);
const seconds = z.number().min(0).max(31_536_000);

/**
 * How often a client calls its target, in requests per second of virtual time.
 * `constant` spaces requests evenly; `poisson` and every time-varying profile (ramp, spike,
 * wave, steps) draw arrivals as a (non-homogeneous) Poisson process, as independent users do.
 */
export const LoadProfile = z.discriminatedUnion('type', [
  z.object({ type: z.literal('constant'), rate }),
  z.object({ type: z.literal('poisson'), rate }),
  z.object({
    type: z.literal('ramp'),
    from: rate,
    to: rate,
    /** Time to go from `from` to `to`; the rate stays at `to` afterwards. */
    durationSeconds: seconds.min(1),
  }),
  z.object({
    type: z.literal('spike'),
    base: rate,
    peak: rate,
    /** When the spike starts, from the start of the run. */
    atSeconds: seconds,
    durationSeconds: seconds.min(0.001),
  }),
  z.object({
    type: z.literal('wave'),
    min: rate,
    max: rate,
    /** A full cycle; 86,400 s is a daily traffic pattern. Starts at min. */
    periodSeconds: seconds.min(1),
  }),
  z.object({
    type: z.literal('steps'),
    steps: z
      .array(z.object({ atSeconds: seconds, rate }))
      .min(1)
      .max(1000),
  }),
]);
export type LoadProfile = z.infer<typeof LoadProfile>;
