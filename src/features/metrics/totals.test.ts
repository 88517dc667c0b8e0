import { describe, expect, it } from 'vitest';
import { costBreakdown, flowTotals, latencyRows, type CountedNode } from './totals';
import type { NodeSummary } from '../../sim';

const nodes: CountedNode[] = [
  { nodeId: 'web', label: 'Web', kind: 'client', counters: { requests: 100, errors: 4 } },
  { nodeId: 'cron', label: 'Cron', kind: 'schedule', counters: { fires: 3 } },
  { nodeId: 'api', label: 'API', kind: 'api', counters: { requests: 100, throttles: 2 } },
  {
    nodeId: 'a',
    label: 'A',
    kind: 'function',
    counters: { errors: 1, throttles: 5, coldStarts: 2, costUsd: 0.003 },
  },
  {
    nodeId: 'b',
    label: 'B',
    kind: 'function',
    counters: { errors: 0, throttles: 0, coldStarts: 1, costUsd: 0.001 },
  },
];

describe('flowTotals', () => {
  it('adds up what producers sent and what functions and APIs did', () => {
    expect(flowTotals(nodes)).toEqual({
      sent: 103,
      failed: 4,
      functionErrors: 1,
      throttles: 7,
      coldStarts: 3,
      costUsd: 0.004,
      hasClients: true,
      hasFunctions: true,
    });
  });
});

describe('costBreakdown', () => {
  it('lists functions by cost with their share', () => {
    const { rows, totalUsd } = costBreakdown(nodes);
    expect(totalUsd).toBeCloseTo(0.004, 12);
    expect(rows.map((r) => r.nodeId)).toEqual(['a', 'b']);
    expect(rows[0]!.share).toBeCloseTo(0.75, 12);
  });

  it('gives no share when nothing cost anything', () => {
    const { rows } = costBreakdown([{ nodeId: 'f', label: 'F', kind: 'function', counters: {} }]);
    expect(rows).toEqual([{ nodeId: 'f', label: 'F', costUsd: 0, share: 0 }]);
  });
});

describe('latencyRows', () => {
  it('keeps producers only, and no percentiles when no event finished', () => {
    const q = { count: 10, mean: 5, p50: 4, p90: 8, p99: 9, max: 12 };
    const summary = (nodeId: string, kind: NodeSummary['kind'], count: number) =>
      ({
        nodeId,
        label: nodeId,
        kind,
        histograms: { e2eLatency: { ...q, count } },
      }) as unknown as NodeSummary;
    const rows = latencyRows([
      summary('web', 'client', 10),
      summary('src', 'source', 0),
      summary('fn', 'function', 10),
    ]);
    expect(rows.map((r) => [r.nodeId, r.q?.p99 ?? null])).toEqual([
      ['web', 9],
      ['src', null],
    ]);
  });
});
