import type { Distribution, FunctionSettings } from '../../../model';

/** 1,769 MB of memory buys one full vCPU (Lambda limits page). */
export const MB_PER_VCPU = 1769;
/** INIT is capped at 10 s. */
export const INIT_CAP_MS = 10_000;
export const REQUEST_PRICE_USD = 0.2 / 1_000_000;
export const GB_SECOND_PRICE_USD = { x86_64: 0.0000166667, arm64: 0.0000133334 } as const;

/**
 * Default cold-start INIT for a small Node.js ZIP function: lognormal, median 140 ms from
 * 1,769 MB up and a little slower below (177 ms at 128 MB), sigma 0.25 (p99 ~1.8x median).
 * Published measurements put such INITs at ~100-250 ms, driven by package size far more
 * than by memory; docs/semantics.md gives the basis. Both Node.js runtimes share it.
 */
export function defaultInitDuration(
  settings: Pick<FunctionSettings, 'memorySize' | 'runtime'>,
): Distribution {
  const cpu = cpuShare(settings.memorySize);
  return { type: 'lognormal', median: Math.round(140 + 40 * (1 - cpu)), sigma: 0.25 };
}

/** Share of one vCPU at this memory size, capped at 1 (single-threaded code gains nothing past it). */
export function cpuShare(memoryMb: number): number {
  return Math.min(1, memoryMb / MB_PER_VCPU);
}

/** Factor applied to the declared duration for the configured memory ('cpu' scaling only). */
export function durationFactor(
  s: Pick<FunctionSettings, 'durationScaling' | 'memorySize' | 'durationMeasuredAtMemory'>,
): number {
  if (s.durationScaling === 'none') return 1;
  return cpuShare(s.durationMeasuredAtMemory) / cpuShare(s.memorySize);
}

/** Billed ms: INIT plus the invocation, rounded up to the next ms. */
export function billedMs(initMs: number, durationMs: number): number {
  return Math.ceil(initMs + durationMs - 1e-9);
}

/** Price of one invocation: the request plus GB-seconds of billed time. */
export function invocationCost(
  billed: number,
  memoryMb: number,
  arch: FunctionSettings['architecture'],
): number {
  return REQUEST_PRICE_USD + (billed / 1000) * (memoryMb / 1024) * GB_SECOND_PRICE_USD[arch];
}
