import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { runToCompletion } from '../../sim';
import { compareRuns, percentChange, type FigureRow } from './compareRuns';
import { liveFacts, nodeFacts } from './nodeFacts';

function flow(memorySize: number, extra = false): Flow {
  const f = emptyFlow('Compare');
  const client = createNode('client', 'web', 'Web', { x: 0, y: 0 });
  const fn = createNode('function', 'work', 'Work', { x: 200, y: 0 });
  if (fn.kind === 'function') fn.settings.memorySize = memorySize;
  const nodes = [client, fn];
  if (extra) nodes.push(createNode('table', 'items', 'Items', { x: 400, y: 0 }));
  return { ...f, nodes, edges: [createEdge('e1', 'web', 'work', 'invoke')] };
}

const kept = runToCompletion(flow(128), { seed: 1, durationMs: 3000 }).summary;
const current = runToCompletion(flow(1024, true), { seed: 1, durationMs: 3000 }).summary;

describe('compareRuns', () => {
  const nodes = compareRuns(kept, current);
  const work = nodes.find((n) => n.nodeId === 'work')!;
  const cost = work.rows.find((r) => r.key === 'costUsd')!;

  it('matches nodes by id and says which run has them', () => {
    expect(nodes.map((n) => [n.nodeId, n.presence])).toEqual([
      ['web', 'both'],
      ['work', 'both'],
      ['items', 'current only'],
    ]);
  });

  it('puts each figure of both runs side by side with the difference', () => {
    expect(cost.kept).toBeCloseTo(kept.nodes[1]!.costUsd!, 12);
    expect(cost.current).toBeCloseTo(current.nodes[1]!.costUsd!, 12);
    expect(cost.delta).toBeCloseTo(cost.current! - cost.kept!, 12);
    // Eight times the memory for the same declared duration costs more.
    expect(cost.verdict).toBe('worse');
    const invocations = work.rows.find((r) => r.key === 'invocations')!;
    expect(invocations.delta).toBe(0);
    expect(invocations.verdict).toBeNull();
  });

  it('leaves out figures neither run has', () => {
    expect(work.rows.some((r) => r.key === 'throttles')).toBe(true);
    const web = nodes.find((n) => n.nodeId === 'web')!;
    expect(web.rows.map((r) => r.key)).toContain('e2eLatency.p99');
    expect(web.rows.some((r) => r.key === 'costUsd')).toBe(false);
  });
});

describe('percentChange', () => {
  const row = (kept: number, current: number): FigureRow => ({
    key: 'k',
    label: 'k',
    unit: 'count',
    kept,
    current,
    delta: current - kept,
    verdict: null,
  });
  it('says how much a figure moved, relative to the kept run', () => {
    expect(percentChange(row(200, 250))).toBe('+25%');
    expect(percentChange(row(200, 193))).toBe('-3.5%');
    expect(percentChange(row(0, 5))).toBe('new');
    expect(percentChange(row(4, 4))).toBe('0%');
  });
});

describe('node facts', () => {
  it('lists a function figures after a run, and only counters while it runs', () => {
    const fn = current.nodes.find((n) => n.nodeId === 'work')!;
    const facts = nodeFacts(fn).map((f) => f.key);
    expect(facts).toEqual(
      expect.arrayContaining(['invocations', 'concurrency.max', 'duration.p99', 'costUsd']),
    );
    const live = liveFacts('function', { invocations: 3, costUsd: 0.001, errors: 0 }).map((f) => f.key);
    expect(live).toEqual(['invocations', 'errors', 'costUsd']);
  });
});
