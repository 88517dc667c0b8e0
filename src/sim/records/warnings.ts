import type { NodeKind } from '../../model';

/** Something the run could not model faithfully, listed in the summary. */
export type RunWarning =
  | { type: 'kind-not-simulated'; nodeId: string; kind: NodeKind; message: string }
  | { type: 'unsupported-setting'; nodeId: string; setting: string; message: string }
  | { type: 'no-target'; nodeId: string; message: string }
  | { type: 'handler-result-unknown'; nodeId: string; message: string }
  /** The host stopped handler code that held its worker past a real-time cap (first request named). */
  | { type: 'wall-clock-stop'; nodeId: string; requestId: string; count: number; message: string };

export function warningKey(w: RunWarning): string {
  return `${w.type}\u0000${w.nodeId}\u0000${'setting' in w ? w.setting : ''}`;
}
