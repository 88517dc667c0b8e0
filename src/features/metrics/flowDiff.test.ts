import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { describeChange, diffRuns, showValue, type RunInputs } from './flowDiff';

function base(): Flow {
  const f = emptyFlow('Orders');
  const q = createNode('queue', 'jobs', 'Jobs', { x: 0, y: 0 });
  const fn = createNode('function', 'work', 'Work', { x: 200, y: 0 });
  return { ...f, nodes: [q, fn], edges: [createEdge('m', 'jobs', 'work', 'sqsMapping')] };
}
const run = (flow: Flow, seed = 1, durationMs = 60_000): RunInputs => ({ flow, seed, durationMs });
const clone = (f: Flow): Flow => structuredClone(f);

describe('diffRuns', () => {
  it('finds nothing between a flow and its copy', () => {
    expect(diffRuns(run(base()), run(clone(base())))).toEqual([]);
  });

  it('ignores positions and descriptions: they do not change a run', () => {
    const b = clone(base());
    b.nodes[0]!.position = { x: 500, y: 500 };
    b.nodes[0]!.description = 'moved';
    expect(diffRuns(run(base()), run(b))).toEqual([]);
  });

  it('lists the seed and duration the runs had', () => {
    const changes = diffRuns(run(base(), 1, 60_000), run(base(), 7, 120_000));
    expect(changes).toEqual([
      { section: 'run', subject: '', path: 'durationSeconds', type: 'changed', before: 60, after: 120 },
      { section: 'run', subject: '', path: 'seed', type: 'changed', before: 1, after: 7 },
    ]);
  });

  it('names a changed node setting by its path, old and new', () => {
    const b = clone(base());
    const fn = b.nodes[1]!;
    if (fn.kind !== 'function') throw new Error('fixture');
    fn.settings.memorySize = 1024;
    const [c, ...rest] = diffRuns(run(base()), run(b));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      section: 'node',
      subject: 'work',
      path: 'settings.memorySize',
      type: 'changed',
      after: 1024,
    });
    expect(describeChange(c!)).toBe(`${String(c!.before)} → 1024`);
  });

  it('lists edge settings, added and removed nodes and edges', () => {
    const b = clone(base());
    const edge = b.edges[0]!;
    if (edge.settings.type !== 'sqsMapping') throw new Error('fixture');
    edge.settings.batchSize = 1;
    b.nodes.push(createNode('table', 'items', 'Items', { x: 0, y: 0 }));
    b.edges.push(createEdge('w', 'work', 'items', 'invoke'));
    b.nodes.splice(0, 1);
    const changes = diffRuns(run(base()), run(b));
    expect(changes.map((c) => [c.section, c.subject, c.path, c.type])).toEqual([
      ['node', 'jobs', '', 'removed'],
      ['node', 'items', '', 'added'],
      ['edge', 'm', 'settings.batchSize', 'changed'],
      ['edge', 'w', '', 'added'],
    ]);
    expect(describeChange(changes[0]!)).toBe('removed: queue "Jobs"');
    expect(describeChange(changes[1]!)).toBe('added: table "Items"');
    expect(describeChange(changes[3]!)).toBe('added: work → items (invoke)');
  });

  it('compares arrays item by item', () => {
    const a = clone(base());
    const b = clone(base());
    const ea = a.edges[0]!;
    const eb = b.edges[0]!;
    if (ea.settings.type !== 'sqsMapping' || eb.settings.type !== 'sqsMapping') throw new Error('fixture');
    eb.settings.functionResponseTypes = ['ReportBatchItemFailures'];
    expect(diffRuns(run(a), run(b))).toEqual([
      {
        section: 'edge',
        subject: 'm',
        path: 'settings.functionResponseTypes[0]',
        type: 'added',
        before: undefined,
        after: 'ReportBatchItemFailures',
      },
    ]);
  });

  it('says where handler code starts to differ instead of printing it', () => {
    const a = clone(base());
    const b = clone(base());
    const fa = a.nodes[1]!;
    const fb = b.nodes[1]!;
    if (fa.kind !== 'function' || fb.kind !== 'function') throw new Error('fixture');
    fa.settings.code = 'line 1\nline 2\nline 3';
    fb.settings.code = 'line 1\nline two\nline 3\nline 4';
    const [c] = diffRuns(run(a), run(b));
    expect(c!.path).toBe('settings.code');
    expect(describeChange(c!)).toBe('text differs from line 2 (3 → 4 lines)');
  });
});

describe('showValue', () => {
  it('keeps short values and shortens long ones', () => {
    expect(showValue(undefined)).toBe('(none)');
    expect(showValue(null)).toBe('null');
    expect(showValue('GET /x')).toBe('"GET /x"');
    expect(showValue({ a: 'x'.repeat(100) })).toMatch(/^\{"a":"x+…$/);
    expect(showValue({ a: 'x'.repeat(100) }).length).toBe(78);
  });
});
