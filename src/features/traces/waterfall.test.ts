import { describe, expect, it } from 'vitest';
import { buildFlow, runToCompletion, type TraceRecord } from '../../sim';
import { axisTicks, layoutWaterfall, spanTree } from './waterfall';
import { label, poisonRun, throttledRun } from './testFlows';

const poison = poisonRun();
const trace1 = poison.filter((s) => s.traceId === 1);

describe('spanTree', () => {
  it('puts each span under its parent, children by start', () => {
    const rows = spanTree(trace1).map(
      (r) => `${'  '.repeat(r.depth)}${r.span.type} ${r.span.nodeId}#${r.span.attempt}`,
    );
    expect(rows).toEqual([
      'source.emit src#1',
      '  queue.send q#1',
      '    queue.receive q#1',
      '      function.invoke worker#1',
      '    queue.receive q#2',
      '      function.invoke worker#1',
      '    queue.receive q#3',
      '      function.invoke worker#1',
      '    queue.remove q#3',
      '      queue.send dlq#1',
      '        queue.receive dlq#1',
      '          function.invoke reader#1',
    ]);
  });

  it('shows a span whose parent was not kept at the top level, marked', () => {
    const rows = spanTree(trace1.filter((s) => s.type !== 'queue.send' || s.nodeId !== 'q'));
    const orphans = rows.filter((r) => r.orphan).map((r) => `${r.span.type}#${r.span.attempt}`);
    expect(orphans).toEqual(['queue.receive#1', 'queue.receive#2', 'queue.receive#3', 'queue.remove#3']);
    expect(rows.every((r) => !r.orphan || r.depth === 0)).toBe(true);
  });
});

describe('layoutWaterfall', () => {
  const w = layoutWaterfall(trace1, label);
  const row = (pred: (s: TraceRecord) => boolean) => w.rows.find((r) => pred(r.span))!;

  it('spans the axis from the first start to the last end', () => {
    expect(w.t0).toBe(1000);
    expect(w.totalMs).toBeCloseTo(Math.max(...trace1.map((s) => s.end)) - 1000);
    expect(w.rows[0]!.segments).toEqual([{ kind: 'instant', left: 0, width: 0, title: 'instant' }]);
  });

  it('shows the queue wait before a redelivery as its own segment, and labels the attempt', () => {
    const second = row((s) => s.type === 'queue.receive' && s.attempt === 2);
    const wait = second.segments.find((s) => s.kind === 'wait')!;
    expect(wait.left).toBeCloseTo(0);
    expect(wait.width).toBeCloseTo((10_000 / w.totalMs) * 100);
    expect(wait.title).toBe('10.0 s in the queue after Jobs');
    expect(second.notes).toContain('attempt 2');
    const first = row((s) => s.type === 'queue.receive' && s.attempt === 1);
    expect(first.segments.map((s) => s.kind)).toEqual(['run']);
    expect(first.notes).toEqual([]);
  });

  it('splits a cold invocation into INIT and handler', () => {
    const cold = w.rows.find((r) => r.span.type === 'function.invoke' && r.span.coldStart)!;
    const span = cold.span as Extract<TraceRecord, { type: 'function.invoke' }>;
    expect(span.initMs).toBeGreaterThan(0);
    const [init, run] = cold.segments;
    expect(init).toMatchObject({
      kind: 'init',
      title: expect.stringMatching(/^cold start \(INIT\) \d+ ms$/),
    });
    expect(init!.width).toBeCloseTo((span.initMs / w.totalMs) * 100);
    expect(run!.kind).toBe('run');
    expect(run!.left + run!.width).toBeCloseTo(((span.end - w.t0) / w.totalMs) * 100);
    expect(cold.notes.some((n) => n.startsWith('cold start'))).toBe(true);
  });

  it('marks the move to the dead-letter queue and the redrive', () => {
    const removal = row((s) => s.type === 'queue.remove');
    expect(removal.notes).toEqual(['after 3 receives', '→ DLQ Jobs DLQ']);
    expect(removal.segments.map((s) => s.kind)).toEqual(['wait', 'instant']);
    expect(row((s) => s.type === 'queue.send' && s.nodeId === 'dlq').notes).toEqual(['from Jobs']);
  });

  it('marks throttles', () => {
    const spans = throttledRun();
    const throttle = spans.find((s) => s.type === 'function.throttle')!;
    const tw = layoutWaterfall(
      spans.filter((s) => s.traceId === throttle.traceId),
      label,
    );
    expect(tw.rows.map((r) => r.notes)).toEqual([['throttled'], ['throttled (reserved)']]);
    expect(tw.totalMs).toBe(0);
  });

  it('has nothing to lay out without spans', () => {
    expect(layoutWaterfall([], label)).toEqual({ t0: 0, totalMs: 0, rows: [], ticks: [] });
  });
});

describe('axisTicks', () => {
  it('picks round steps', () => {
    expect(axisTicks(1000).map((t) => t.label)).toEqual(['0', '200 ms', '400 ms', '600 ms', '800 ms', '1 s']);
    expect(axisTicks(31_154).map((t) => t.label)).toEqual(['0', '10 s', '20 s', '30 s']);
    expect(axisTicks(7).map((t) => t.at)).toEqual([0, (2 / 7) * 100, (4 / 7) * 100, (6 / 7) * 100]);
    expect(axisTicks(0)).toEqual([{ at: 0, label: '0 ms' }]);
  });
});

describe('timeouts', () => {
  it('marks an invocation that ran into its timeout', () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: { events: [{ label: 'slow', atSeconds: 1, payload: '{}' }] },
        },
        { id: 'fn', kind: 'function', settings: { timeout: 1, duration: { type: 'constant', value: 5000 } } },
      ],
      edges: [{ source: 'src', target: 'fn', settings: { type: 'invoke' } }],
      run: { durationSeconds: 10 },
    });
    const spans = runToCompletion(flow).spans.filter((s) => s.traceId === 1);
    const row = layoutWaterfall(spans, label).rows.find((r) => r.span.type === 'function.invoke')!;
    expect(row.span.status).toBe('timeout');
    expect(row.notes).toContain('timed out');
  });
});
