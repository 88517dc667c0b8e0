import { describe, expect, it } from 'vitest';
import { flowJsonSchemaText } from '../../format';
import type { CliIO } from '../io';
import { run } from './schema';

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: () => new Uint8Array(),
    writeFile: (p, d) => void (written[p] = d),
    isTTY: false,
  };
  return { io, out, err, written };
}

describe('eventflow schema', () => {
  it('prints the schema to stdout', async () => {
    const { io, out } = fakeIO();
    expect(await run([], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      title: 'Eventflow Studio flow file, format 1',
      type: 'object',
    });
  });

  it('writes it with --out, exactly as committed', async () => {
    const { io, written, out } = fakeIO();
    expect(await run(['--out', 'schema.json'], io)).toBe(0);
    expect(written['schema.json']).toBe(flowJsonSchemaText());
    expect(out).toEqual(['wrote schema.json']);
  });

  it('refuses --out without a file, and extra arguments', async () => {
    const { io, err } = fakeIO();
    expect(await run(['--out'], io)).toBe(2);
    expect(await run(['extra'], io)).toBe(2);
    expect(err[0]).toMatch(/^Usage: schema/);
  });
});
