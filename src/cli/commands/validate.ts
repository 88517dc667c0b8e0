import { describeLoadError, parseFlowFile, type FlowCheckers, type Problem } from '../../format';
import { FLOW_CHECKERS } from '../../sim/patterns';
import type { CliCommand, CliIO } from '../io';

const USAGE = [
  'Usage: validate [--warnings] FILE...',
  '',
  'Checks flow files as the app loads them. Prints one line per valid file (exit 0); for an',
  'invalid file, every problem with its JSON path (exit 1). --warnings also lists warnings.',
];

/** The pattern engine of the simulation checks event patterns and filter policies. */
export const CHECKERS: FlowCheckers = FLOW_CHECKERS;

export const run: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    USAGE.forEach((l) => io.out(l));
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-') && a !== '--warnings');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined || files.length === 0) {
    io.err(
      unknown !== undefined ? `validate: unknown option ${unknown}` : 'validate: name at least one file',
    );
    USAGE.forEach((l) => io.err(l));
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    if (!validateOne(file, io, args.includes('--warnings'))) failed++;
  }
  if (files.length > 1) io.out(`${files.length - failed} of ${files.length} files valid`);
  return failed > 0 ? 1 : 0;
};

function validateOne(file: string, io: CliIO, listWarnings: boolean): boolean {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    io.out(`${file}: cannot read it: ${readFailure(e)}`);
    return false;
  }
  const result = parseFlowFile(bytes, { checkers: CHECKERS });
  if (!result.ok) {
    const n = result.error.length;
    io.out(`${file}: invalid, ${n} ${n === 1 ? 'problem' : 'problems'}`);
    for (const error of result.error) io.out(`  ${describeLoadError(error)}`);
    return false;
  }
  const flow = result.value;
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  io.out(
    `${file}: ok, "${flow.name}": ${plural(flow.nodes.length, 'node')}, ${plural(flow.edges.length, 'edge')}, ${plural(warnings.length, 'warning')}`,
  );
  if (listWarnings) for (const w of warnings) io.out(`  warning ${describeProblem(w)}`);
  return true;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const describeProblem = (p: Problem) => `${p.path || '(file)'}: ${p.message}`;

/** Node's fs errors as a person would say them; anything else by its message. */
function readFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
