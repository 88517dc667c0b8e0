import { z } from 'zod';

/**
 * A random quantity (a duration in ms, a size in bytes...). Every variant is drawn from
 * the node's own seeded stream in the simulation, so runs stay reproducible.
 */
export const Distribution = z.discriminatedUnion('type', [
  z.object({ type: z.literal('constant'), value: z.number().min(0) }),
  z
    .object({ type: z.literal('uniform'), min: z.number().min(0), max: z.number().min(0) })
    .refine((d) => d.max >= d.min, { message: 'max must be at least min', path: ['max'] }),
  z.object({
    type: z.literal('normal'),
    mean: z.number().min(0),
    stddev: z.number().min(0),
  }),
  z.object({
    type: z.literal('lognormal'),
    /** The median (e^mu); half the draws fall below it. */
    median: z.number().positive(),
    /** Shape: the standard deviation of the underlying normal. 0.5 gives p99 ~ 3.2x median. */
    sigma: z.number().min(0).max(5),
  }),
  z.object({ type: z.literal('exponential'), mean: z.number().positive() }),
  z.object({
    type: z.literal('empirical'),
    /** Observed values; draws pick one uniformly. */
    samples: z.array(z.number().min(0)).min(1).max(100_000),
  }),
]);
export type Distribution = z.infer<typeof Distribution>;

export const constant = (value: number): Distribution => ({ type: 'constant', value });
