import { formatVirtual } from '../../lib/virtualClock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandlerPool } from '../../../bench/workersNode';
import { runSimulation } from '../../runtime/driver';
import type { HandlerPool } from '../../runtime/pool';
import type { InvokeSpan } from '../../runtime/run';
import { buildFlow } from '../../sim/flowBuilder';
import { copyText, expandedText, flattenSpan, isLong, parseLine, type LogEntry } from './logEntry';
import { textPieces } from './textPieces';
import { START_EPOCH } from './testSpans';

// Real lines: the handler runs in a Node worker, as the CLI runs it; the core adds START/END/REPORT.
const CODE = `export const handler = async (event) => {
  console.log('order %s received', event.n);
  console.info({ n: event.n, items: [1, 2] });
  if (event.n % 3 === 0) console.warn('slow path\\nsecond line');
  console.debug('debug detail');
  if (event.n % 4 === 0) console.error(new Error('logged ' + event.n));
  if (event.n % 5 === 0) throw new Error('bad ' + event.n);
  await new Promise((ok) => setTimeout(ok, 20));
  console.log('done');
  return { ok: true };
};`;
const lineOf = (text: string) => CODE.split('\n').findIndex((l) => l.includes(text)) + 1;

const flow = buildFlow({
  nodes: [
    { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 20 } } },
    { id: 'f', kind: 'function', settings: { code: CODE } },
  ],
  edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
  run: { durationSeconds: 3, seed: 7 },
});

let pool: HandlerPool;
let spans: InvokeSpan[];
beforeAll(async () => {
  pool = nodeHandlerPool({ size: 1 });
  const r = await runSimulation(flow, {}, pool);
  spans = r.spans.filter((s): s is InvokeSpan => s.type === 'function.invoke');
});
afterAll(() => pool.close());

const find = (test: (s: InvokeSpan) => boolean) => {
  const s = spans.find(test);
  if (!s) throw new Error('the run made no such invocation');
  return s;
};

describe('flattenSpan on the lines of a real run', () => {
  it('gives one entry per line, numbered from the first seq, with platform lines around the console ones', () => {
    const s = find((x) => x.status === 'ok');
    const entries = flattenSpan(s, 100, START_EPOCH);
    expect(entries.map((e) => e.seq)).toEqual(s.logs.map((_, i) => 100 + i));
    expect(entries.map((e) => e.platform ?? e.level)).toEqual(
      expect.arrayContaining(['START', 'INFO', 'DEBUG', 'END', 'REPORT']),
    );
    expect(entries[0]).toMatchObject({ platform: 'START', level: 'PLATFORM', atMs: s.start });
    expect(entries[0]!.text).toBe(`RequestId: ${s.requestId} Version: $LATEST`);
    expect(entries.at(-1)).toMatchObject({ platform: 'REPORT', atMs: s.end, requestId: s.requestId });
    const received = entries.find((e) => e.text.endsWith('received'))!;
    expect(received).toMatchObject({ level: 'INFO', nodeId: 'f', spanId: s.spanId, traceId: s.traceId });
    expect(received.raw).toBe(s.logs[1]);
    expect(entries.find((e) => e.level === 'DEBUG')!.text).toBe('debug detail');
  });

  it('times console lines by their own ISO stamp, inside the span (the 20 ms timer shows)', () => {
    const s = find((x) => x.status === 'ok');
    const entries = flattenSpan(s, 0, START_EPOCH);
    const first = entries.find((e) => e.text.endsWith('received'))!;
    const done = entries.find((e) => e.text === 'done')!;
    for (const e of entries) {
      expect(e.atMs).toBeGreaterThanOrEqual(s.start);
      expect(e.atMs).toBeLessThanOrEqual(s.end);
    }
    expect(done.atMs - first.atMs).toBeGreaterThanOrEqual(19);
  });

  it('keeps a multi-line warning as one entry, to expand', () => {
    const warn = spans.flatMap((s) => flattenSpan(s, 0, START_EPOCH)).find((e) => e.level === 'WARN')!;
    expect(warn.text).toBe('slow path\nsecond line');
    expect(isLong(warn.text)).toBe(true);
    expect(isLong('done')).toBe(false);
  });

  it('links the stack frames of a logged error to the handler line that made it', () => {
    const logged = spans
      .flatMap((s) => flattenSpan(s, 0, START_EPOCH))
      .find((e) => e.level === 'ERROR' && e.text.startsWith('Error: logged'))!;
    const frame = textPieces(logged.text, '').find((p) => p.type === 'frame');
    expect(frame).toMatchObject({ type: 'frame', line: lineOf("new Error('logged '") });
  });

  it('reads the Invoke Error line of a failed invocation, and expands its JSON one frame a line', () => {
    const failed = find((x) => x.status === 'error');
    const entries = flattenSpan(failed, 0, START_EPOCH);
    const invokeError = entries.find((e) => e.text.startsWith('Invoke Error'))!;
    expect(invokeError.level).toBe('ERROR');
    const expanded = expandedText(invokeError.text);
    expect(expanded.split('\n')[0]).toBe('Invoke Error');
    expect(expanded).toContain('"errorType": "Error"');
    expect(expanded).toMatch(/"errorMessage": "bad \d+"/);
    expect(expanded).toContain(`file:///var/task/index.mjs:${lineOf("new Error('bad '")}:`);
    expect(entries.at(-1)!.platform).toBe('REPORT');
  });
});

describe('parseLine on the runtime’s other shapes', () => {
  it('reads the timeout line as an ERROR with its own time', () => {
    const p = parseLine('2026-01-01T00:00:03.000Z 0f00-req Task timed out after 3.00 seconds');
    expect(p).toMatchObject({ level: 'ERROR', platform: null, text: 'Task timed out after 3.00 seconds' });
    expect(p.epochMs! - START_EPOCH).toBe(3000);
  });

  it('reads INIT_REPORT as a platform line and an unknown line as INFO, as written', () => {
    expect(
      parseLine(
        'INIT_REPORT Init Duration: 12.00 ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError',
      ),
    ).toMatchObject({ level: 'PLATFORM', platform: 'INIT_REPORT' });
    expect(parseLine('something else')).toEqual({
      level: 'INFO',
      platform: null,
      epochMs: null,
      text: 'something else',
    });
  });

  it('leaves a message that is not an error JSON as it is when expanded', () => {
    expect(expandedText('Invoke Error \t{not json}')).toBe('Invoke Error \t{not json}');
    expect(expandedText('plain')).toBe('plain');
  });
});

describe('formatVirtual and copyText', () => {
  it('writes the virtual clock as the top bar does', () => {
    expect(formatVirtual(0)).toBe('00:00.000');
    expect(formatVirtual(12_345.9)).toBe('00:12.345');
    expect(formatVirtual(3_723_004)).toBe('1:02:03.004');
  });

  it('copies time, function label and the line as written, one a line', () => {
    const e = (atMs: number, raw: string): LogEntry => ({
      seq: 0,
      spanId: 1,
      traceId: 1,
      nodeId: 'f',
      requestId: 'r',
      atMs,
      level: 'INFO',
      platform: null,
      text: raw,
      raw,
    });
    expect(copyText([e(1500, 'a'), e(2000, 'b\tc')], (id) => `Label ${id}`)).toBe(
      '00:01.500\tLabel f\ta\n00:02.000\tLabel f\tb\tc',
    );
  });
});
