import type { RandomStream } from '../../core/random';

/**
 * SNS delivery policies (sns-message-delivery-retries): the delay before retry `n` (1-based)
 * after a failed attempt, or null when the policy is exhausted. AWS-managed endpoints (SQS,
 * Lambda): 3 immediate retries, 2 one second apart, 10 backing off from 1 to 20 s, then
 * 100,000 twenty seconds apart. HTTP/S default: 3 retries, 20 s apart. Jitter of ±10% on
 * the delayed phases (SNS applies jitter and does not say how much).
 */
export function snsRetryDelayMs(
  policy: 'aws-managed' | 'http',
  n: number,
  random: RandomStream,
): number | null {
  let base: number;
  if (policy === 'http') {
    if (n > 3) return null;
    base = 20_000;
  } else if (n <= 3) return 0;
  else if (n <= 5) base = 1_000;
  else if (n <= 15) base = 1_000 * 20 ** ((n - 6) / 9);
  else if (n <= 100_015) base = 20_000;
  else return null;
  return Math.round(base * (0.9 + 0.2 * random.next()));
}
