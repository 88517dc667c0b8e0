import { describe, expect, it } from 'vitest';
import type { CliIO } from '../io.ts';
import { run } from './testPattern.ts';

interface FakeIO extends CliIO {
  readonly stdout: string[];
  readonly stderr: string[];
}

function fakeIO(files: Record<string, string>): FakeIO {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    isTTY: false,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return new TextEncoder().encode(text);
    },
    writeFile() {
      throw new Error('test-pattern never writes files');
    },
  };
}

const PATTERN = JSON.stringify({ source: ['aws.ec2'], detail: { price: [{ numeric: ['>', 100] }] } });
const files = {
  'p.json': PATTERN,
  'cheap.json': JSON.stringify({ source: 'aws.ec2', detail: { price: 42 } }),
  'dear.json': JSON.stringify({ source: 'aws.ec2', detail: { price: 420 } }),
  'bad-pattern.json': JSON.stringify({ source: 'aws.ec2', detail: { price: [{ numeric: ['>', 'abc'] }] } }),
  'broken.json': '{"source": ',
  'bom.json': `\uFEFF${PATTERN}`,
};

describe('test-pattern', () => {
  it('prints true and exits 0 on a match', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'p.json', '--event', 'dear.json'], io)).toBe(0);
    expect(io.stdout).toEqual(['true']);
    expect(io.stderr).toEqual([]);
  });

  it('prints false and exits 1 on a miss', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'p.json', '--event', 'cheap.json'], io)).toBe(1);
    expect(io.stdout).toEqual(['false']);
  });

  it('explains a miss with --explain', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern=p.json', '--event=cheap.json', '--explain'], io)).toBe(1);
    expect(io.stdout).toEqual(['false', '  detail.price: expected numeric > 100, got 42']);
  });

  it('prints nothing more with --explain on a match', async () => {
    const io = fakeIO(files);
    expect(await run(['--explain', '--pattern', 'p.json', '--event', 'dear.json'], io)).toBe(0);
    expect(io.stdout).toEqual(['true']);
  });

  it('takes inline JSON that starts with {', async () => {
    const io = fakeIO({});
    const code = await run(['--pattern', '{"source": ["aws.s3"]}', '--event', '{"source": "aws.s3"}'], io);
    expect(code).toBe(0);
    expect(io.stdout).toEqual(['true']);
  });

  it('prints every pattern problem and exits 2', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'bad-pattern.json', '--event', 'dear.json'], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual([
      'test-pattern: invalid event pattern (bad-pattern.json):',
      '  source: must be an array of values to match or an object of nested fields, got "aws.ec2" (write ["aws.ec2"])',
      '  detail.price: numeric needs an operator followed by a number, got "abc"',
    ]);
  });

  it('reports a pattern file that is not JSON', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'broken.json', '--event', 'dear.json'], io)).toBe(2);
    expect(io.stderr[1]).toMatch(/^ {2}the pattern is not valid JSON/);
  });

  it('reports an event that is not JSON, without a stack trace', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'p.json', '--event', 'broken.json'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^test-pattern: the event \(broken\.json\) is not valid JSON: /);
    expect(io.stderr[0]).not.toMatch(/\n\s+at /);
  });

  it('reports an unreadable file', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'nope.json', '--event', 'dear.json'], io)).toBe(2);
    expect(io.stderr).toEqual([
      `test-pattern: cannot read the pattern file "nope.json": ENOENT: no such file or directory, open 'nope.json'`,
    ]);
  });

  it('ignores a UTF-8 byte order mark', async () => {
    const io = fakeIO(files);
    expect(await run(['--pattern', 'bom.json', '--event', 'dear.json'], io)).toBe(0);
  });

  it.each([
    [['--event', 'dear.json'], 'missing --pattern'],
    [['--pattern', 'p.json'], 'missing --event'],
    [['--pattern'], '--pattern needs a file path or inline JSON'],
    [['--pattern', 'p.json', '--event', 'dear.json', '--fast'], 'unknown argument "--fast"'],
  ])('refuses bad arguments %j with usage and exit 2', async (args, message) => {
    const io = fakeIO(files);
    expect(await run(args, io)).toBe(2);
    expect(io.stderr[0]).toBe(`test-pattern: ${message}`);
    expect(io.stderr.some((l) => l.startsWith('Usage: test-pattern'))).toBe(true);
  });

  it('prints usage for --help', async () => {
    const io = fakeIO(files);
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Usage: test-pattern/);
  });
});
