import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../io';
import { run } from './validate';

/** Files by path; a path ending in / is a directory; anything else is missing. */
function fakeIO(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile(path) {
      if (path.endsWith('/'))
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
      const f = files[path];
      if (f === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: () => {
      throw new Error('validate never writes');
    },
    isTTY: false,
  };
  return { io, out, err };
}

const example = readFileSync(
  new URL('../../../public/examples/fan-out.eventflow.json', import.meta.url),
  'utf8',
);
const bad = readFileSync(
  new URL('../../format/fixtures/bad/out-of-range.eventflow.json', import.meta.url),
  'utf8',
);

describe('eventflow validate', () => {
  it('every example and format fixture is valid with the real pattern validators, with no warnings', async () => {
    const files: Record<string, string> = {};
    const examples = new URL('../../../public/examples/', import.meta.url);
    const v1 = new URL('../../format/fixtures/v1/', import.meta.url);
    for (const dir of [examples, v1]) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.eventflow.json')))
        files[f] = readFileSync(new URL(f, dir), 'utf8');
    }
    const { io, out } = fakeIO(files);
    expect(await run(Object.keys(files), io)).toBe(0);
    expect(Object.keys(files)).toHaveLength(14);
    expect(out.slice(0, -1).every((l) => l.endsWith(', 0 warnings'))).toBe(true);
  });

  it('checks event patterns and filter policies with the simulation engine', async () => {
    const routing = JSON.parse(
      readFileSync(new URL('../../../public/examples/order-routing.eventflow.json', import.meta.url), 'utf8'),
    );
    routing.nodes[1].settings.rules[1].eventPattern.detail.total = [{ numeric: ['>>', 500] }];
    const fan = JSON.parse(example);
    fan.edges[2].settings.filterPolicy = { shipping: [{ prefix: 1 }] };
    const { io, out } = fakeIO({ 'routing.json': JSON.stringify(routing), 'fan.json': JSON.stringify(fan) });
    expect(await run(['routing.json', 'fan.json'], io)).toBe(1);
    expect(
      out.find((l) => l.startsWith('  nodes[1].settings.rules[1].eventPattern (bus "Orders bus"): ')),
    ).toBeDefined();
    expect(
      out.find((l) => l.startsWith('  edges[2].settings.filterPolicy (edge "shippingSubscription"): ')),
    ).toBeDefined();
  });

  it('exits 0 with one summary line per valid file', async () => {
    const { io, out, err } = fakeIO({ 'fan-out.eventflow.json': example });
    expect(await run(['fan-out.eventflow.json'], io)).toBe(0);
    expect(out).toEqual([
      'fan-out.eventflow.json: ok, "SNS fan-out to SQS with a dead-letter queue": 9 nodes, 8 edges, 0 warnings',
    ]);
    expect(err).toEqual([]);
  });

  it('exits 1 and lists every problem with its path for an invalid file, after the valid ones', async () => {
    const { io, out } = fakeIO({ 'a.json': example, 'b.json': bad });
    expect(await run(['a.json', 'b.json'], io)).toBe(1);
    expect(out[0]).toMatch(/^a\.json: ok/);
    expect(out[1]).toBe('b.json: invalid, 13 problems');
    expect(out).toContain(
      '  nodes[0].settings.memorySize (function "Create order"): must be between 128 and 10,240 MB (got 64)',
    );
    expect(out.filter((l) => l.startsWith('  '))).toHaveLength(13);
    expect(out[out.length - 1]).toBe('1 of 2 files valid');
  });

  it('reports missing files, directories, binary files and package.json without a stack trace', async () => {
    const { io, out } = fakeIO({
      'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      'package.json': '{"name":"x","version":"1.0.0"}',
    });
    expect(await run(['nope.json', 'src/', 'logo.png', 'package.json'], io)).toBe(1);
    expect(out).toEqual([
      'nope.json: cannot read it: no such file',
      'src/: cannot read it: it is a directory, not a file',
      'logo.png: invalid, 1 problem',
      '  This is a binary file (it looks like a PNG image), not a flow file. Flow files are JSON text (.eventflow.json).',
      'package.json: invalid, 1 problem',
      '  This is not an Eventflow flow file: it has no "format": "eventflow" field (it looks like an npm package.json).',
      '0 of 4 files valid',
    ]);
    expect(out.join('\n')).not.toMatch(/\bat \w+ \(/);
  });

  it('lists warnings with --warnings; usage errors exit 2', async () => {
    const doc = JSON.parse(example);
    doc.nodes[0].settings.loadd = 1;
    const { io, out } = fakeIO({ 'w.json': JSON.stringify(doc) });
    expect(await run(['--warnings', 'w.json'], io)).toBe(0);
    expect(out).toEqual([
      'w.json: ok, "SNS fan-out to SQS with a dead-letter queue": 9 nodes, 8 edges, 1 warning',
      '  warning nodes[0].settings.loadd: unknown field "loadd" is ignored',
    ]);
    const usage = fakeIO({});
    expect(await run([], usage.io)).toBe(2);
    expect(usage.err[0]).toBe('validate: name at least one file');
    expect(await run(['--strict', 'x'], usage.io)).toBe(2);
  });
});
