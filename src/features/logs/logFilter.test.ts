import { describe, expect, it } from 'vitest';
import { LiveRun } from '../../runtime/run';
import { buildFlow } from '../../sim/flowBuilder';
import { LogBuffer } from './logBuffer';
import { ALL_LEVELS, FilteredView, levelGroup, type LevelGroup, type LogFilter } from './logFilter';
import { invokeSpan, START_EPOCH } from './testSpans';

const flow = buildFlow({
  nodes: [
    { id: 'a', kind: 'function' },
    { id: 'b', kind: 'function' },
  ],
});

function setup(maxLines?: number) {
  const live = new LiveRun(1, flow, 1, 60_000);
  const buf = new LogBuffer(START_EPOCH, maxLines);
  live.onSpan(
    invokeSpan(1, 'a', 0, 10, [
      ['INFO', 'Order 42 created'],
      ['WARN', 'stock low'],
    ]),
  );
  live.onSpan(
    invokeSpan(2, 'b', 5, 20, [
      ['ERROR', 'payment ORDER 42 declined'],
      ['DEBUG', 'retrying'],
      ['TRACE', 'deep detail'],
    ]),
  );
  buf.sync(live);
  return { live, buf };
}

const filter = (f: Partial<LogFilter>): LogFilter => ({ nodeId: null, text: '', levels: ALL_LEVELS, ...f });
const levels = (...l: LevelGroup[]) => new Set(l);

function texts(view: FilteredView, buf: LogBuffer): string[] {
  return Array.from({ length: view.size }, (_, i) => {
    const e = buf.get(view.seqAt(i)!)!;
    return e.platform ?? e.text;
  });
}

describe('FilteredView', () => {
  it('shows every line with no filter, in order', () => {
    const { buf } = setup();
    const view = new FilteredView(filter({}));
    expect(view.sync(buf)).toBe(true);
    expect(texts(view, buf)).toEqual([
      'START',
      'Order 42 created',
      'stock low',
      'END',
      'REPORT',
      'START',
      'payment ORDER 42 declined',
      'retrying',
      'deep detail',
      'END',
      'REPORT',
    ]);
  });

  it('filters by function, by level group (TRACE under DEBUG) and by text, case-insensitive', () => {
    const { buf } = setup();
    const byFn = new FilteredView(filter({ nodeId: 'a', levels: levels('INFO', 'WARN') }));
    byFn.sync(buf);
    expect(texts(byFn, buf)).toEqual(['Order 42 created', 'stock low']);
    const debug = new FilteredView(filter({ levels: levels('DEBUG') }));
    debug.sync(buf);
    expect(texts(debug, buf)).toEqual(['retrying', 'deep detail']);
    const text = new FilteredView(filter({ text: '  order 42 ' }));
    text.sync(buf);
    expect(texts(text, buf)).toEqual(['Order 42 created', 'payment ORDER 42 declined']);
    expect(levelGroup('TRACE')).toBe('DEBUG');
  });

  it('finds all the lines of a request by its id (the text filter reads the line as written)', () => {
    const { buf } = setup();
    const view = new FilteredView(filter({ text: buf.get(6)!.requestId }));
    view.sync(buf);
    expect(view.size).toBe(6);
  });

  it('adds new matching lines on sync, as a rebuild would, and drops lines the buffer dropped', () => {
    const { live, buf } = setup(12);
    const view = new FilteredView(filter({ levels: levels('ERROR', 'INFO') }));
    view.sync(buf);
    expect(view.size).toBe(2);
    live.onSpan(invokeSpan(3, 'a', 30, 40, [['ERROR', 'third']]));
    buf.sync(live);
    // 15 lines > 12: the first invocation left the buffer.
    expect(view.sync(buf)).toBe(true);
    expect(texts(view, buf)).toEqual(['payment ORDER 42 declined', 'third']);
    const fresh = new FilteredView(view.filter);
    fresh.sync(buf);
    expect(texts(fresh, buf)).toEqual(texts(view, buf));
    expect(view.sync(buf)).toBe(false);
  });

  it('finds the index of a seq, or of the next matching one', () => {
    const { buf } = setup();
    const view = new FilteredView(filter({ levels: levels('ERROR', 'WARN') }));
    view.sync(buf);
    expect([view.seqAt(0), view.seqAt(1), view.seqAt(2)]).toEqual([2, 6, undefined]);
    expect(view.indexOfSeq(2)).toBe(0);
    expect(view.indexOfSeq(3)).toBe(1);
    expect(view.indexOfSeq(7)).toBe(2);
  });
});
