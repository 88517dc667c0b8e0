/** Nice bucket sizes (ms) for metric series. */
const NICE = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
  600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

/** The smallest nice bucket size that cuts a run into at most `maxBuckets` (about 300-600). */
export function chooseBucketMs(durationMs: number, maxBuckets = 600): number {
  for (const b of NICE) if (durationMs / b <= maxBuckets) return b;
  return Math.ceil(durationMs / maxBuckets / 86_400_000) * 86_400_000;
}
