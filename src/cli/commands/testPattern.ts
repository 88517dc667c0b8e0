import { compileEventPattern, explainEventPattern, validateEventPattern } from '../../sim/patterns';
import type { CliCommand, CliIO } from '../io.ts';

const USAGE = [
  'Usage: test-pattern --pattern <file | inline JSON> --event <file | inline JSON> [--explain]',
  '',
  'Tests an EventBridge event pattern against one event, like `aws events test-event-pattern`.',
  'Prints true (exit 0) or false (exit 1). An argument that starts with "{" is read as inline',
  'JSON, anything else as a file path. --explain lists the conditions that failed.',
  'An invalid pattern, an unreadable file or bad JSON exits with 2.',
];

interface Options {
  pattern?: string;
  event?: string;
  explain: boolean;
  help: boolean;
}

/** Parsed options, or the message explaining what is wrong with the command line. */
function parseArgs(args: string[]): Options | string {
  const opts: Options = { explain: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--help' || name === '-h') opts.help = true;
    else if (name === '--explain') opts.explain = true;
    else if (name === '--pattern' || name === '--event') {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return `${name} needs a file path or inline JSON`;
      opts[name === '--pattern' ? 'pattern' : 'event'] = value;
    } else return `unknown argument "${arg}"`;
  }
  if (opts.help) return opts;
  if (opts.pattern === undefined) return 'missing --pattern';
  if (opts.event === undefined) return 'missing --event';
  return opts;
}

interface Source {
  readonly text: string;
  /** How to name the source in messages: the file path, or "inline JSON". */
  readonly label: string;
}

function load(spec: string, what: string, io: CliIO): Source | string {
  if (spec.trimStart().startsWith('{')) return { text: spec, label: 'inline JSON' };
  try {
    const text = new TextDecoder('utf-8').decode(io.readFile(spec));
    return { text: text.replace(/^\uFEFF/, ''), label: spec };
  } catch (e) {
    const why = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    return `cannot read the ${what} file "${spec}": ${why}`;
  }
}

function fail(io: CliIO, message: string): number {
  io.err(`test-pattern: ${message}`);
  return 2;
}

/** `test-pattern`: 0 when the pattern matches, 1 when it does not, 2 for any input problem. */
export const run: CliCommand = async (args, io) => {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    fail(io, opts);
    for (const line of USAGE) io.err(line);
    return 2;
  }
  if (opts.help || opts.pattern === undefined || opts.event === undefined) {
    for (const line of USAGE) io.out(line);
    return 0;
  }
  const pattern = load(opts.pattern, 'pattern', io);
  if (typeof pattern === 'string') return fail(io, pattern);
  const eventSource = load(opts.event, 'event', io);
  if (typeof eventSource === 'string') return fail(io, eventSource);

  const problems = validateEventPattern(pattern.text);
  if (problems.length > 0) {
    io.err(`test-pattern: invalid event pattern (${pattern.label}):`);
    for (const p of problems) io.err(`  ${p}`);
    return 2;
  }
  let event: unknown;
  try {
    event = JSON.parse(eventSource.text);
  } catch (e) {
    return fail(
      io,
      `the event (${eventSource.label}) is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }

  const matched = compileEventPattern(pattern.text)(event);
  io.out(String(matched));
  if (!matched && opts.explain) {
    for (const f of explainEventPattern(pattern.text, event).failures) {
      io.out(`  ${f.path}: expected ${f.condition}, got ${f.actual}`);
    }
  }
  return matched ? 0 : 1;
};
