import { describe, expect, it } from 'vitest';
import type { CliIO } from './io';
import { main } from './main';

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    writeFile: () => undefined,
    isTTY: false,
  };
  return { io, out, err };
}

describe('eventflow dispatcher', () => {
  it('--help lists the commands and exits 0', async () => {
    const { io, out } = fakeIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/validate[\s\S]*schema[\s\S]*test-pattern/);
  });

  it('an unknown command prints usage to stderr and exits 2; no command exits 2', async () => {
    const { io, err } = fakeIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(err[0]).toBe('eventflow: unknown command "frobnicate"');
    expect(await main(['constructor'], io)).toBe(2);
    expect(await main([], fakeIO().io)).toBe(2);
  });

  it('runs a command with its arguments and returns its exit code', async () => {
    const { io, out } = fakeIO();
    expect(await main(['validate', 'missing.json'], io)).toBe(1);
    expect(out[0]).toBe('missing.json: cannot read it: no such file');
  });
});
