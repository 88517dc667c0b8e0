import type { ErrorInfo, HostMessage, ModuleLoader } from '../protocol/messages';

/** The host's handle on one worker, whatever runs it (sandbox frame, Node thread). */
export interface WorkerPort {
  post(message: HostMessage): void;
  terminate(): void;
}

/** What a worker reports to the pool. `exit` means it is gone (crash, out of memory, killed). */
export interface WorkerEvents {
  message(data: unknown): void;
  exit(reason: ErrorInfo): void;
}

/** How workers are made where the pool runs. */
export interface WorkerPlatform {
  create(events: WorkerEvents): WorkerPort;
  /** How the worker turns source text into a module (blob: in the browser, data: in Node). */
  loader: ModuleLoader;
  /** Logical processors of the machine (the pool sizes itself from it). */
  cores: number;
  /** Real-time timers for the watchdog (injected so the pool's logic can be tested). */
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Workers worth having: one per core, at least 1, at most 4 (the main thread is busy too). */
export function defaultPoolSize(cores: number): number {
  return Math.max(1, Math.min(4, Math.floor(cores) || 1));
}
