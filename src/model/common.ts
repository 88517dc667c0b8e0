import { z } from 'zod';

/** Node, edge and note ids: short, stable, safe in URLs, test ids and ARNs. */
export const Id = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
    'must start with a letter and use only letters, digits, - and _ (at most 64)',
  );

/** A reference to another node by id (a DLQ, a destination, a rule target). */
export const NodeRef = Id;

export const Position = z.object({
  x: z.number().finite().min(-1_000_000).max(1_000_000),
  y: z.number().finite().min(-1_000_000).max(1_000_000),
});
export type Position = z.infer<typeof Position>;

/** A human label. Always rendered as text, never as HTML. */
export const Label = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** A JSON value written by a person (an event payload, a constant input). */
export const JsonText = z
  .string()
  .max(1_000_000)
  .superRefine((text, ctx) => {
    try {
      JSON.parse(text);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `is not valid JSON (${(e as Error).message})` });
    }
  });

/** Environment variables: names as Lambda allows them. */
export const EnvVars = z
  .record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'environment variable names use letters, digits and _'),
    z.string().max(4096),
  )
  .default({});

/** Any JSON object: event patterns and filter policies (their own validators check them). */
export const JsonObject = z.record(z.string(), z.unknown());
