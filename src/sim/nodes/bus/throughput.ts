/**
 * EventBridge's invocations quota per account and Region (eb-quota): an invocation is one
 * event sent to one rule target. Past the quota invocations are delayed, not dropped.
 */
const INVOCATIONS_PER_SECOND: Record<string, number> = {
  'us-east-1': 18_750,
  'us-east-2': 4_500,
  'us-west-1': 2_250,
  'us-west-2': 18_750,
  'af-south-1': 750,
  'ap-northeast-1': 2_250,
  'ap-northeast-3': 750,
  'ap-southeast-1': 2_250,
  'ap-southeast-2': 2_250,
  'ap-southeast-3': 750,
  'eu-central-1': 4_500,
  'eu-south-1': 750,
  'eu-west-1': 18_750,
  'eu-west-2': 2_250,
};
const OTHER_REGIONS = 1_100;

export const INVOCATIONS_KEY = 'eventbridge.invocations';

/** A token bucket shared by every bus of the run (one second of burst); a wait reserves its token. */
export class InvocationQuota {
  readonly perSecond: number;
  private tokens: number;
  private last = 0;

  constructor(region: string) {
    this.perSecond = INVOCATIONS_PER_SECOND[region] ?? OTHER_REGIONS;
    this.tokens = this.perSecond;
  }

  /** Takes one invocation at `now`; returns how long it must wait (0 = at once). */
  take(now: number): number {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.perSecond;
  }
}
