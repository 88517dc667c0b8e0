import { flowJsonSchemaText } from '../../format';
import type { CliCommand } from '../io';

const USAGE = [
  'Usage: schema [--out FILE]',
  '',
  'Prints the JSON Schema of flow files, or writes it to FILE (npm run schema updates public/schema).',
];

export const run: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    USAGE.forEach((l) => io.out(l));
    return 0;
  }
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const extra = at < 0 ? args : args.filter((_a, i) => i !== at && i !== at + 1);
  if ((at >= 0 && (out === undefined || out.startsWith('-'))) || extra.length > 0) {
    USAGE.forEach((l) => io.err(l));
    return 2;
  }
  const text = flowJsonSchemaText();
  if (out === undefined) {
    io.out(text.trimEnd());
    return 0;
  }
  try {
    io.writeFile(out, text);
  } catch (e) {
    io.err(`schema: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  io.out(`wrote ${out}`);
  return 0;
};
