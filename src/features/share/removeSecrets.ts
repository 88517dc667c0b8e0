import type { Flow } from '../../model';
import type { DocPath, SecretFinding } from './findSecrets';

/** What an export writes where a secret was. */
export const REMOVED = '<removed>';

/**
 * A copy of the flow with every finding's secret replaced by "<removed>", for an export only.
 * Never mutates `flow`: only the objects on the way to a changed string are copied.
 */
export function removeSecrets(flow: Flow, findings: readonly SecretFinding[]): Flow {
  let out: unknown = flow;
  for (const f of findings) {
    out = updateAt(out, f.path, (value) =>
      typeof value === 'string' ? value.split(f.secret).join(REMOVED) : value,
    );
  }
  return out as Flow;
}

function updateAt(root: unknown, path: DocPath, change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    copy[head] = updateAt(root[head], rest, change);
    return copy;
  }
  if (typeof root === 'object' && root !== null && typeof head === 'string') {
    const record = root as Record<string, unknown>;
    return { ...record, [head]: updateAt(record[head], rest, change) };
  }
  return root;
}
