import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIO } from './io';
import { run as schema } from './commands/schema';
import { run as simulate } from './commands/simulate';
import { run as testPattern } from './commands/testPattern';
import { run as validate } from './commands/validate';

/** Every command, by the name typed after `eventflow`, with one line for --help. */
const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  validate: { run: validate, summary: 'check flow files; every problem with its JSON path' },
  simulate: { run: simulate, summary: 'run a flow headless; a summary table per node, or --json' },
  schema: { run: schema, summary: 'print or write the JSON Schema of flow files' },
  'test-pattern': { run: testPattern, summary: 'test an EventBridge event pattern against an event' },
};

function usage(write: (line: string) => void): void {
  write('Usage: eventflow <command> [args]   (eventflow <command> --help for its options)');
  write('');
  write('Commands:');
  for (const [name, { summary }] of Object.entries(COMMANDS)) write(`  ${name.padEnd(14)}${summary}`);
}

/** Runs one command line; returns the exit code. Bad input never escapes as an exception. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage((l) => io.out(l));
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`eventflow: unknown command "${name}"`);
    usage((l) => io.err(l));
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(`eventflow ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  isTTY: process.stderr.isTTY === true,
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2), processIO).then((code) => {
    process.exitCode = code;
  });
}
