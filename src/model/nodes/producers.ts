import { z } from 'zod';
import { JsonText } from '../common';
import { LoadProfile } from '../load';

export const RetryOptions = z.object({
  /** Retries after the first attempt (0 = never retry). */
  maxAttempts: z.number().int().min(0).max(10).default(0),
  baseDelayMs: z.number().min(1).max(600_000).default(100),
  maxDelayMs: z.number().min(1).max(3_600_000).default(20_000),
  /** AWS SDK style: full jitter draws the delay uniformly below the exponential cap. */
  jitter: z.enum(['full', 'none']).default('full'),
  /** Which responses are retried: throttles (429) and server errors (5xx), as the SDKs do. */
  retryOn: z.array(z.enum(['429', '5xx', 'timeout'])).default(['429', '5xx', 'timeout']),
});

export const ClientSettings = z.object({
  load: LoadProfile.default({ type: 'poisson', rate: 10 }),
  request: z
    .object({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
      path: z.string().max(2048).default('/items'),
      headers: z.record(z.string(), z.string()).default({}),
      /**
       * Body template. Placeholders: {{seq}} request number, {{uuid}} random id,
       * {{int 1 100}} random integer, {{pick a b c}} one of the words, {{now}} ISO time.
       */
      body: z.string().max(1_000_000).default('{"id":"{{uuid}}","n":{{seq}}}'),
    })
    .default({ method: 'POST', path: '/items', headers: {}, body: '{"id":"{{uuid}}","n":{{seq}}}' }),
  /** Client-side timeout in ms; null waits as long as the target takes. */
  timeoutMs: z.number().int().min(1).max(900_000).nullable().default(null),
  retry: RetryOptions.default({
    maxAttempts: 0,
    baseDelayMs: 100,
    maxDelayMs: 20_000,
    jitter: 'full',
    retryOn: ['429', '5xx', 'timeout'],
  }),
});
export type ClientSettings = z.infer<typeof ClientSettings>;

/** EventBridge Scheduler: rate(...), cron(...) or at(...) with a time zone. */
export const ScheduleExpression = z
  .string()
  .trim()
  .regex(
    /^(rate\(.+\)|cron\(.+\)|at\(.+\))$/,
    'must be rate(value unit), cron(min hour dom month dow year) or at(yyyy-mm-ddThh:mm:ss)',
  );

export const ScheduleSettings = z.object({
  scheduleExpression: ScheduleExpression.default('rate(1 minute)'),
  scheduleExpressionTimezone: z.string().max(64).default('UTC'),
  /** Constant input for the target; null sends the scheduled-event payload AWS sends. */
  input: JsonText.nullable().default(null),
  state: z.enum(['ENABLED', 'DISABLED']).default('ENABLED'),
  retryPolicy: z
    .object({
      maximumEventAgeInSeconds: z.number().int().min(60).max(86_400).default(86_400),
      maximumRetryAttempts: z.number().int().min(0).max(185).default(185),
    })
    .default({ maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 }),
});
export type ScheduleSettings = z.infer<typeof ScheduleSettings>;

export const SourceEvent = z.object({
  /** Names the event wherever it is listed (runs, traces, firing it by hand). */
  label: z.string().trim().min(1).max(80),
  /** Seconds of virtual time from the start of the run; null only fires by hand. */
  atSeconds: z.number().min(0).max(31_536_000).nullable().default(null),
  payload: JsonText,
});
export const SourceSettings = z.object({
  events: z
    .array(SourceEvent)
    .max(500)
    .default([{ label: 'Sample event', atSeconds: 0, payload: '{"hello":"world"}' }]),
});
export type SourceSettings = z.infer<typeof SourceSettings>;
