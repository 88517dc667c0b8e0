import { isRecord } from './envelope';
import { formatPath, type PathKey } from './path';
import type { Problem } from './problems';

const MAX_REPORTED = 50;

/**
 * Fields the schema does not know are dropped on load; say so, so a typo such as
 * `memorysize` is not silently ignored. Compares the file with what the schema kept.
 */
export function unknownFields(input: unknown, output: unknown): Problem[] {
  const problems: Problem[] = [];
  walk(input, output, [], problems);
  for (const p of problems) {
    const m = /^(nodes|edges)\[(\d+)\]/.exec(p.path);
    const id =
      m && isRecord(output) && Array.isArray(output[m[1]!])
        ? (output[m[1]!] as { id?: unknown }[])[Number(m[2])]?.id
        : undefined;
    if (typeof id === 'string') p[m![1] === 'nodes' ? 'nodeId' : 'edgeId'] = id;
  }
  return problems;
}

/** Deeper than any schema object (nodes[0].settings.rules[0].targets[0]...): below that is free-form data. */
const MAX_DEPTH = 12;

function walk(input: unknown, output: unknown, path: PathKey[], problems: Problem[]): void {
  if (problems.length >= MAX_REPORTED || path.length > MAX_DEPTH) return;
  if (Array.isArray(input) && Array.isArray(output)) {
    const n = Math.min(input.length, output.length);
    for (let i = 0; i < n; i++) walk(input[i], output[i], [...path, i], problems);
    return;
  }
  if (!isRecord(input) || !isRecord(output)) return;
  for (const key of Object.keys(input)) {
    // Editors add "$schema" to get completion from the published JSON Schema; meta is free-form.
    if (path.length === 0 && (key === '$schema' || key === 'meta')) continue;
    if (Object.prototype.hasOwnProperty.call(output, key)) {
      walk(input[key], output[key], [...path, key], problems);
      continue;
    }
    const twin = Object.keys(output).find((k) => k.toLowerCase() === key.toLowerCase());
    problems.push({
      severity: 'warning',
      path: formatPath([...path, key]),
      message: `unknown field ${JSON.stringify(key)} is ignored${twin ? ` (did you mean ${JSON.stringify(twin)}?)` : ''}`,
    });
    if (problems.length >= MAX_REPORTED) return;
  }
}
