import { z } from 'zod';
import { Distribution } from '../distribution';
import { EnvVars } from '../common';

// The JSDoc opts the handler into the editor's types (event from what is connected, Context).
export const DEFAULT_HANDLER = `/** @type {Handler} */
export const handler = async (event, context) => {
  console.log('received', JSON.stringify(event));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};
`;

export const FunctionSettings = z.object({
  runtime: z.enum(['nodejs20.x', 'nodejs22.x']).default('nodejs22.x'),
  handler: z
    .string()
    .regex(/^[\w.-]+\.[\w$]+$/, 'must look like file.export, e.g. index.handler')
    .default('index.handler'),
  /** The handler module (JavaScript, ES module) stored inline. */
  code: z.string().max(1_000_000).default(DEFAULT_HANDLER),
  memorySize: z.number().int().min(128).max(10_240).default(128),
  /** Seconds. */
  timeout: z.number().int().min(1).max(900).default(3),
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
  /** A cap and a guarantee; null = uses the account's unreserved pool; 0 throttles everything. */
  reservedConcurrentExecutions: z.number().int().min(0).max(100_000).nullable().default(null),
  provisionedConcurrency: z.number().int().min(0).max(100_000).default(0),
  environment: EnvVars,
  /** Declared work per invocation in ms (measured at `durationMeasuredAtMemory`). */
  duration: Distribution.default({ type: 'lognormal', median: 40, sigma: 0.4 }),
  /**
   * CPU grows with memory (1,769 MB = 1 vCPU). 'cpu' scales the declared duration by the
   * CPU share relative to the memory it was measured at (single-threaded: no gain past 1 vCPU);
   * 'none' keeps it fixed (I/O-bound work).
   */
  durationScaling: z.enum(['none', 'cpu']).default('none'),
  durationMeasuredAtMemory: z.number().int().min(128).max(10_240).default(1769),
  /** Cold-start INIT in ms; null uses the default model for the runtime and memory size. */
  initDuration: Distribution.nullable().default(null),
  /** Declared share of invocations that fail (before handler code decides). */
  errorRate: z.number().min(0).max(1).default(0),
  /** Asynchronous invocation config (EventInvokeConfig). */
  maximumRetryAttempts: z.number().int().min(0).max(2).default(2),
  maximumEventAgeInSeconds: z.number().int().min(60).max(21_600).default(21_600),
});
export type FunctionSettings = z.infer<typeof FunctionSettings>;
