import { z } from 'zod';
import { Distribution } from '../distribution';

const KeyAttribute = z.object({
  name: z.string().min(1).max(255),
  type: z.enum(['S', 'N', 'B']).default('S'),
});

export const TableSettings = z.object({
  partitionKey: KeyAttribute.default({ name: 'pk', type: 'S' }),
  sortKey: KeyAttribute.nullable().default(null),
  billingMode: z.enum(['PAY_PER_REQUEST', 'PROVISIONED']).default('PAY_PER_REQUEST'),
  /** DynamoDB Streams: null = no stream. */
  streamViewType: z
    .enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'])
    .nullable()
    .default(null),
  /** Latency of one request, ms. */
  latency: Distribution.default({ type: 'lognormal', median: 5, sigma: 0.3 }),
});
export type TableSettings = z.infer<typeof TableSettings>;

export const BucketSettings = z.object({
  latency: Distribution.default({ type: 'lognormal', median: 20, sigma: 0.4 }),
});
export type BucketSettings = z.infer<typeof BucketSettings>;

export const ExternalSettings = z.object({
  /** The third party's response time, ms. */
  latency: Distribution.default({ type: 'lognormal', median: 120, sigma: 0.5 }),
  /** Share of calls that fail with a 5xx. */
  errorRate: z.number().min(0).max(1).default(0),
  /** Calls per second it accepts before answering 429; null = no limit. */
  rateLimit: z.number().min(0).max(1_000_000).nullable().default(null),
});
export type ExternalSettings = z.infer<typeof ExternalSettings>;
