import type { Flow } from '../../model';
import { findSecrets, type SecretFinding } from './findSecrets';
import { removeSecrets } from './removeSecrets';

/** What an export should write, once the person has decided about the secrets in it. */
export type SecretsChoice =
  | { type: 'clean'; flow: Flow }
  | { type: 'omitted'; flow: Flow; count: number }
  | { type: 'included'; flow: Flow; count: number }
  | { type: 'cancelled' };

export interface SecretsRequest {
  /** What is being exported, for the dialog's wording: "share link", "file". */
  purpose: string;
  findings: SecretFinding[];
  answer: (decision: 'omit' | 'include' | 'cancel') => void;
}

let pending: SecretsRequest | null = null;
const listeners = new Set<() => void>();

function setPending(next: SecretsRequest | null): void {
  pending = next;
  listeners.forEach((l) => l());
}

export const subscribeSecrets = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const pendingSecrets = (): SecretsRequest | null => pending;

/**
 * Asks about the secrets in `flow` before it leaves the app. Without findings it answers at
 * once; otherwise the secrets dialog (mounted by `ShareMenu`) shows them and the promise settles
 * with the person's choice. "Leave them out" changes the exported copy only, never the document.
 */
export function confirmSecrets(flow: Flow, purpose: string): Promise<SecretsChoice> {
  const findings = findSecrets(flow);
  if (findings.length === 0) return Promise.resolve({ type: 'clean', flow });
  // A request still open (a second export started meanwhile) is cancelled: one question at a time.
  pending?.answer('cancel');
  return new Promise((resolve) => {
    const request: SecretsRequest = {
      purpose,
      findings,
      answer: (decision) => {
        if (pending === request) setPending(null);
        if (decision === 'cancel') resolve({ type: 'cancelled' });
        else if (decision === 'include') resolve({ type: 'included', flow, count: findings.length });
        else resolve({ type: 'omitted', flow: removeSecrets(flow, findings), count: findings.length });
      },
    };
    setPending(request);
  });
}

/**
 * For an export that only needs the flow to write: the flow itself, its copy without the
 * secrets, or null when the person cancelled. `purpose` finishes "Anyone who gets the …".
 */
export async function askBeforeExport(flow: Flow, purpose = 'file'): Promise<Flow | null> {
  const choice = await confirmSecrets(flow, purpose);
  return choice.type === 'cancelled' ? null : choice.flow;
}
