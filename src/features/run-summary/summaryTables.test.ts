import { describe, expect, it } from 'vitest';
import { DEFAULT_HANDLER, emptyFlow, createNode, createEdge, type Flow } from '../../model';
import { runToCompletion } from '../../sim';
import { summaryTables } from '../../sim';
import { summaryHeader } from './summaryHeader';

function smallFlow(): Flow {
  const flow = emptyFlow('Small');
  const client = createNode('client', 'web', 'Web', { x: 0, y: 0 });
  const fn = createNode('function', 'work', 'Work', { x: 200, y: 0 });
  if (fn.kind === 'function') fn.settings.code = DEFAULT_HANDLER;
  const table = createNode('table', 'items', 'Items', { x: 400, y: 0 });
  return { ...flow, nodes: [client, fn, table], edges: [createEdge('e1', 'web', 'work', 'invoke')] };
}

describe('summaryTables', () => {
  const result = runToCompletion(smallFlow(), { seed: 2, durationMs: 5000 });
  const tables = summaryTables(result.summary);

  it('groups nodes as the CLI does: producers, functions, others', () => {
    expect(tables.map((t) => t.title.split(' ')[0])).toEqual(['Producers', 'Functions', 'Other']);
    expect(tables.map((t) => t.rows.map((r) => r.nodeId))).toEqual([['web'], ['work'], ['items']]);
  });

  it('has one cell per column and counts the invocations', () => {
    for (const t of tables) for (const r of t.rows) expect(r.cells).toHaveLength(t.head.length);
    const fn = tables[1]!.rows[0]!.cells;
    expect(fn[0]).toBe('Work (work)');
    expect(Number(fn[1]!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(fn[fn.length - 1]).toMatch(/^\d+\.\d{6}$/);
  });

  it('says in the header whether handler code ran', () => {
    expect(summaryHeader(result.summary, false)).toMatch(
      /^"Small": 5 s of virtual time, seed 2, [\d,]+ events; handler code did not run/,
    );
    expect(summaryHeader(result.summary, true)).toContain('handler code ran');
  });
});
