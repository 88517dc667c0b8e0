import type { SdkAnswer, SdkAnswerItem, SdkWait } from '../protocol/messages';
import { hashText } from './random';

/** What a shim gets back for one call: the service's output or error, and the call's request id. */
export type SdkReplyWithId = Pick<SdkAnswer, 'output' | 'error'> & { requestId: string };

/**
 * The SDK calls of one invocation: those made and not yet reported to the host, and those
 * waiting for their answers. The invocation reports them when its code is idle.
 */
export class SdkCalls {
  private readonly waiting = new Map<number, (r: SdkReplyWithId) => void>();
  private made: SdkWait['calls'] = [];
  private count = 0;
  /** An answer was used since the last report: the host must hear that the code waits again. */
  private answered = false;

  constructor(private readonly invocationRequestId: string) {}

  /** True while some call waits for its answer. */
  get outstanding(): boolean {
    return this.waiting.size > 0;
  }

  /** Records a call made at virtual `atMs`; the input crosses as JSON (what the SDK would serialize). */
  make(service: string, operation: string, input: unknown, atMs: number): Promise<SdkReplyWithId> {
    let plain: unknown;
    try {
      plain = JSON.parse(JSON.stringify(input ?? {}) ?? '{}');
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new TypeError(String(e)));
    }
    const callId = ++this.count;
    this.made.push({ callId, service, operation, input: plain, atMs });
    return new Promise((resolve) => this.waiting.set(callId, resolve));
  }

  /** The calls to report for invocation `id` (maybe none, after an answer); null when nothing is new. */
  take(id: number): SdkWait | null {
    if (!this.outstanding || (this.made.length === 0 && !this.answered)) return null;
    this.answered = false;
    return { id, calls: this.made.splice(0) };
  }

  has(callId: number): boolean {
    return this.waiting.has(callId);
  }

  /** Settles a call with its answer (the caller moved the clock first). */
  settle(a: SdkAnswerItem): void {
    const resolve = this.waiting.get(a.callId);
    if (!resolve) return;
    this.waiting.delete(a.callId);
    this.answered = true;
    const requestId = callRequestId(this.invocationRequestId, a.callId);
    resolve(a.error ? { requestId, error: a.error } : { requestId, output: a.output });
  }

  /** The invocation ended: answers that come later are ignored. */
  clear(): void {
    this.waiting.clear();
    this.made = [];
  }
}

/** A request id for one SDK call (the x-amzn-RequestId an answer carries), derived, not drawn. */
function callRequestId(invocation: string, callId: number): string {
  const h = (n: number) => hashText(`${invocation}#${callId}#${n}`, 0).toString(16).padStart(8, '0');
  const a = h(1);
  const b = h(2);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-8${h(3).slice(1, 4)}-${h(4)}${h(3).slice(4, 8)}`;
}
