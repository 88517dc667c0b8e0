import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../io';
import { run } from './simulate';
import { parseDuration } from './simulateReport';
import { buildFlow } from '../../sim';

const example = readFileSync(
  new URL('../../../public/examples/fan-out.eventflow.json', import.meta.url),
  'utf8',
);

function fakeIO(files: Record<string, string>, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile(path) {
      const f = files[path];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return new TextEncoder().encode(f);
    },
    writeFile: (path, data) => {
      written[path] = data;
    },
    isTTY,
  };
  return { io, out, err, written };
}

describe('eventflow simulate', () => {
  it('prints a summary table per node and exits 0', async () => {
    const { io, out, err } = fakeIO({ 'f.json': example });
    expect(await run(['f.json', '--duration', '30s', '--seed', '3', '--code', 'off'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/30 s of virtual time .* seed 3/);
    expect(text).toMatch(/^Functions/m);
    expect(text).toMatch(/^ {2}billCustomer +\d/m);
    expect(text).toMatch(
      /^Lambda cost: \$\d+\.\d{6} \(requests, duration, INIT\); other services not priced/m,
    );
    expect(text).not.toMatch(/Total cost/);
    expect(text).toMatch(/^Note: handler code did not run \(--code off\)/m);
    // Not a terminal: no progress lines.
    expect(err).toEqual([]);
  });

  it('prints the same figures as JSON, identical for the same seed', async () => {
    const a = fakeIO({ 'f.json': example });
    const b = fakeIO({ 'f.json': example });
    await run(['f.json', '--duration', '20s', '--json'], a.io);
    await run(['f.json', '--duration', '20s', '--json'], b.io);
    const summary = JSON.parse(a.out.join('\n'));
    expect(summary.durationMs).toBe(20_000);
    expect(summary.completed).toBe(true);
    expect(
      summary.nodes.find((n: { nodeId: string }) => n.nodeId === 'billCustomer').counters.invocations,
    ).toBeGreaterThan(0);
    // The cost covers Lambda only and is named so; it is the sum of the functions' costs.
    expect(summary.totalCostUsd).toBeUndefined();
    const fnCosts = summary.nodes.reduce(
      (t: number, n: { costUsd: number | null }) => t + (n.costUsd ?? 0),
      0,
    );
    expect(summary.lambdaCostUsd).toBeGreaterThan(0);
    expect(summary.lambdaCostUsd).toBeCloseTo(fnCosts, 12);
    expect(a.out.join('\n')).toBe(b.out.join('\n'));
  });

  it('writes kept spans as NDJSON with --trace', async () => {
    const { io, written } = fakeIO({ 'f.json': example });
    expect(await run(['f.json', '--duration', '5s', '--trace', 't.ndjson'], io)).toBe(0);
    const lines = written['t.ndjson']!.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines.slice(0, 20)) expect(JSON.parse(l)).toHaveProperty('type');
  });

  it('runs handler code with --code on: its console lines show in the trace, its SDK calls reach the queue', async () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [
              { label: 'a', atSeconds: 1, payload: '{"n":1}' },
              { label: 'b', atSeconds: 2, payload: '{"n":2}' },
            ],
          },
        },
        {
          id: 'f',
          kind: 'function',
          settings: {
            code: `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
export const handler = async (event) => {
  console.log('hello from code', event.n);
  await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'jobs', MessageBody: String(event.n) }));
};`,
          },
        },
        { id: 'jobs', kind: 'queue', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'f', settings: { type: 'invoke' } },
        { source: 'f', target: 'jobs', settings: { type: 'invoke' } },
      ],
      run: { durationSeconds: 10 },
    });
    const { io, out, written } = fakeIO({ 'f.json': JSON.stringify(flow) });
    expect(await run(['f.json', '--code', 'on', '--trace', 't.ndjson'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Handler code: ran in worker threads/m);
    const spans = written['t.ndjson']!.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; logs: string[] });
    const logs = spans.filter((s) => s.type === 'function.invoke').flatMap((s) => s.logs);
    expect(
      logs.filter((l) => l.endsWith('\tINFO\thello from code 1') || l.endsWith('\tINFO\thello from code 2')),
    ).toHaveLength(2);
    expect(spans.filter((s) => s.type === 'queue.send')).toHaveLength(2);
  });

  it('leaves the default handler alone with --code auto, and says so', async () => {
    const flow = buildFlow({
      nodes: [
        { id: 'src', kind: 'source', settings: {} },
        { id: 'f', kind: 'function', settings: {} },
      ],
      edges: [{ source: 'src', target: 'f', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    const { io, out } = fakeIO({ 'f.json': JSON.stringify(flow) });
    expect(await run(['f.json'], io)).toBe(0);
    expect(out.join('\n')).toMatch(
      /^Note: handler code did not run \(every function has the default handler\)/m,
    );
    expect(await run(['f.json', '--code', 'maybe'], fakeIO({ 'f.json': JSON.stringify(flow) }).io)).toBe(2);
  });

  it('exits 1 with the problems of an invalid flow', async () => {
    const { io, err } = fakeIO({
      'bad.json':
        '{"format":"eventflow","formatVersion":1,"name":"x","nodes":[{"id":"f","kind":"function","label":"f","position":{"x":0,"y":0},"settings":{"memorySize":1}}]}',
    });
    expect(await run(['bad.json'], io)).toBe(1);
    expect(err[0]).toMatch(/^bad\.json: not a valid flow, 1 problem/);
    expect(err.join('\n')).toMatch(/memorySize/);
  });

  it('exits 1 when the file cannot be read, 2 on bad options', async () => {
    expect(await run(['missing.json'], fakeIO({}).io)).toBe(1);
    const bad = fakeIO({ 'f.json': example });
    expect(await run(['f.json', '--duration', 'soon'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/--duration needs a length/);
    expect(await run(['f.json', '--seed', '-1'], fakeIO({ 'f.json': example }).io)).toBe(2);
    expect(await run([], fakeIO({}).io)).toBe(2);
  });

  it('reads durations as people write them', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('10 minutes')).toBeNull();
    expect(parseDuration('0s')).toBeNull();
  });
});
