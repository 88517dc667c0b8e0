import { describe, expect, it } from 'vitest';
import { LiveRun, LOG_INVOCATIONS } from '../../runtime/run';
import { buildFlow } from '../../sim/flowBuilder';
import { LogBuffer } from './logBuffer';
import { invokeSpan, START_EPOCH } from './testSpans';

const flow = buildFlow({ nodes: [{ id: 'f', kind: 'function' }] });
const newLive = () => new LiveRun(1, flow, 1, 60_000);

/** Pushes n invocations of `lines` console lines each (3 platform lines more), as the core does. */
function push(live: LiveRun, from: number, n: number, lines = 1): number {
  let total = 0;
  for (let i = from; i < from + n; i++) {
    const s = invokeSpan(
      i,
      'f',
      i,
      i + 1,
      Array.from({ length: lines }, (_, k) => ['INFO', `line ${k}`] as const),
    );
    total += s.logs.length;
    live.onSpan(s);
  }
  return total;
}

describe('LogBuffer', () => {
  it('reads new invocations incrementally, numbering lines from 0 without gaps', () => {
    const live = newLive();
    const buf = new LogBuffer(START_EPOCH);
    expect(buf.sync(live)).toBe(false);
    push(live, 1, 2);
    expect(buf.sync(live)).toBe(true);
    expect(buf.size).toBe(8);
    expect(buf.sync(live)).toBe(false);
    push(live, 3, 1, 2);
    buf.sync(live);
    expect(buf.size).toBe(13);
    expect([buf.firstSeq, buf.nextSeq]).toEqual([0, 13]);
    expect(buf.get(8)).toMatchObject({ spanId: 3, platform: 'START' });
    expect(buf.get(10)).toMatchObject({ spanId: 3, text: 'line 1' });
    expect(buf.get(13)).toBeUndefined();
    expect(buf.dropped).toBe(0);
  });

  it('drops the lines of invocations the ring pushed out, read or not, and counts each once', () => {
    const live = newLive();
    const buf = new LogBuffer(START_EPOCH);
    let total = push(live, 1, 100);
    buf.sync(live);
    // The ring wraps between two reads: some invocations were never read.
    total += push(live, 101, LOG_INVOCATIONS + 50);
    buf.sync(live);
    expect(buf.size).toBe(LOG_INVOCATIONS * 4);
    expect(buf.dropped).toBe(live.droppedLogLines);
    expect(buf.dropped + buf.size).toBe(total);
    expect(buf.get(buf.firstSeq)).toMatchObject({ spanId: 151, platform: 'START' });
  });

  it('keeps at most maxLines, trimming whole invocations, and never counts a line twice', () => {
    const live = newLive();
    const buf = new LogBuffer(START_EPOCH, 10);
    let total = push(live, 1, 3);
    buf.sync(live);
    // 12 lines > 10: the oldest invocation goes, whole.
    expect(buf.size).toBe(8);
    expect(buf.get(buf.firstSeq)).toMatchObject({ spanId: 2, platform: 'START' });
    expect(buf.dropped).toBe(4);
    // Later the ring drops those same invocations too.
    total += push(live, 4, LOG_INVOCATIONS);
    buf.sync(live);
    expect(buf.size).toBeLessThanOrEqual(10);
    expect(buf.dropped + buf.size).toBe(total);
  });
});
