import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import type { NodeKind } from '../../model';
import { runToCompletion, type NodeSeries } from '../../sim';
import {
  chartData,
  displayStep,
  holdGaugeLevels,
  lineValues,
  mainChart,
  nodeCharts,
  type Grid,
} from './chartData';
import { CHARTS, MAIN_CHART } from './chartSpecs';

const loaded = parseFlowFile(
  readFileSync(new URL('../../../public/examples/fan-out.eventflow.json', import.meta.url)),
);
if (!loaded.ok) throw new Error('fan-out example did not load');
const result = runToCompletion(loaded.value, { seed: 3, durationMs: 20_000 });
const s = result.summary;
const grid: Grid = { bucketMs: s.bucketMs, buckets: Math.ceil(s.durationMs / s.bucketMs), filled: 200 };
const seriesOf = (id: string) => result.series.find((x) => x.nodeId === id)!;
const kindOf = (id: string) => s.nodes.find((n) => n.nodeId === id)!.kind;
const ids = (id: string) => nodeCharts(kindOf(id), seriesOf(id), grid).map((c) => c.spec.id);

describe('charts per kind', () => {
  it('gives a function its scaling, errors, cold starts, duration and cost', () => {
    expect(ids('billCustomer')).toEqual(
      expect.arrayContaining([
        'invocations',
        'concurrency',
        'environments',
        'errors',
        'throttles',
        'coldStarts',
        'duration',
        'cost',
      ]),
    );
  });

  it('gives a queue depth and age but no cold starts; a DLQ its size', () => {
    expect(ids('billingQueue')).toEqual(expect.arrayContaining(['queueDepth', 'queueAge', 'messages']));
    expect(ids('billingQueue')).not.toContain('coldStarts');
    expect(ids('billingQueue')).not.toContain('dlqSize');
    expect(ids('billingDlq')).toContain('dlqSize');
  });

  it('gives a client requests and end-to-end latency', () => {
    expect(ids('checkout').slice(0, 3)).toEqual(['requests', 'errors', 'e2eLatency']);
  });

  it('names a main chart that every kind has', () => {
    for (const kind of Object.keys(CHARTS) as NodeKind[])
      expect(CHARTS[kind].map((c) => c.id)).toContain(MAIN_CHART[kind].id);
    expect(mainChart('queue', seriesOf('billingQueue'), grid)?.spec.id).toBe('queueDepth');
  });
});

describe('line values', () => {
  const fn = seriesOf('billCustomer');

  it('turns counts per bucket into a rate per second', () => {
    const v = lineValues({ type: 'rate', counter: 'invocations' }, fn, grid)!;
    const i = fn.counters.invocations!.findIndex((c) => c > 0);
    expect(v[i]).toBeCloseTo((fn.counters.invocations![i]! * 1000) / s.bucketMs);
  });

  it('adds cost up bucket by bucket', () => {
    const v = lineValues({ type: 'cumulative', counter: 'costUsd' }, fn, { ...grid, filled: grid.buckets })!;
    const total = fn.counters.costUsd!.reduce((a, b) => a + b, 0);
    expect(v[v.length - 1]).toBeCloseTo(total, 12);
    expect(total).toBeGreaterThan(0);
  });

  it('leaves a gap where a bucket saw no duration, not a zero', () => {
    const v = lineValues({ type: 'histogram', histogram: 'duration', stat: 'p99' }, fn, grid)!;
    const counts = fn.histograms.duration!.count;
    const empty = counts.findIndex((c, i) => c === 0 && i < grid.filled);
    const full = counts.findIndex((c) => c > 0);
    expect(empty).toBeGreaterThanOrEqual(0);
    expect(v[empty]).toBeNull();
    expect(v[full]).toBeGreaterThan(0);
  });

  it('stops at the filled buckets and says null after them', () => {
    const v = lineValues({ type: 'rate', counter: 'invocations' }, fn, { ...grid, filled: 10 })!;
    expect(v).toHaveLength(grid.buckets);
    expect(v.slice(0, 10).every((x) => x !== null)).toBe(true);
    expect(v.slice(10).every((x) => x === null)).toBe(true);
  });

  it('has no line for a metric the node lacks', () => {
    expect(lineValues({ type: 'rate', counter: 'coldStarts' }, seriesOf('billingQueue'), grid)).toBeNull();
  });
});

describe('chartData', () => {
  const flat: NodeSeries = {
    nodeId: 'q',
    counters: { retries: [0, 0, 0], requests: [1, 2, 3] },
    gauges: {},
    histograms: {},
  };
  const small: Grid = { bucketMs: 500, buckets: 3, filled: 3 };

  it('leaves out an optional chart that stayed at zero', () => {
    const retries = CHARTS.client.find((c) => c.id === 'retries')!;
    expect(chartData(retries, flat, small)).toBeNull();
    expect(chartData(retries, { ...flat, counters: { retries: [0, 1, 0] } }, small)).not.toBeNull();
  });

  it('leaves out a seldom line that stayed at zero, keeps it once it moves', () => {
    const depth = CHARTS.queue.find((c) => c.id === 'queueDepth')!;
    const flat = { mean: [0, 0, 0], max: [0, 0, 0] };
    const q = (delayed: number[]): NodeSeries => ({
      nodeId: 'q',
      counters: {},
      gauges: {
        queueDepth: { mean: [1, 2, 3], max: [1, 2, 3] },
        inFlight: flat,
        delayed: { mean: delayed, max: delayed },
      },
      histograms: {},
    });
    expect(chartData(depth, q([0, 0, 0]), small)!.lines.map((l) => l.label)).toEqual(['visible']);
    expect(chartData(depth, q([0, 4, 0]), small)!.lines.map((l) => l.label)).toEqual(['visible', 'delayed']);
  });

  it('puts x in seconds and remembers each line last value', () => {
    const requests = CHARTS.client.find((c) => c.id === 'requests')!;
    const d = chartData(requests, flat, { ...small, filled: 2 })!;
    expect(d.columns[0]).toEqual([0, 0.5, 1]);
    expect(d.lines.map((l) => l.label)).toEqual(['sent']);
    expect(d.last).toEqual([4]);
  });
});

describe('bins', () => {
  const big: Grid = { bucketMs: 100, buckets: 600, filled: 600 };
  const counts = Array.from({ length: 600 }, (_, i) => (i % 10 === 0 ? 1 : 0));
  const levels = Array.from({ length: 600 }, (_, i) => i % 4);
  const s: NodeSeries = {
    nodeId: 'n',
    counters: { requests: counts },
    gauges: { queueDepth: { mean: levels, max: levels } },
    histograms: { e2eLatency: { count: counts, p50: counts, p95: counts, p99: counts, max: counts } },
  };

  it('plots about 120 points: 600 buckets of 100 ms in bins of 500 ms (1 s on a small chart)', () => {
    expect(displayStep(600)).toBe(5);
    expect(displayStep(100)).toBe(1);
    const requests = chartData(CHARTS.client[0]!, s, big)!;
    expect(requests.columns[0]).toHaveLength(120);
    expect(requests.columns[0].slice(0, 3)).toEqual([0, 0.5, 1]);
    expect(requests.binS).toBe(0.5);
    expect(mainChart('client', s, big)!.binS).toBe(1);
  });

  it('keeps a rate per second over each bin and the peak of each bin', () => {
    const rate = lineValues({ type: 'rate', counter: 'requests' }, s, big, 4)!;
    // One request per second on average, whatever the bin.
    expect(rate.reduce((a, v) => a! + v!, 0)! / rate.length).toBeCloseTo(1, 9);
    expect(rate[0]).toBeCloseTo(2.5, 9);
    const peak = lineValues({ type: 'gauge', gauge: 'queueDepth', stat: 'max' }, s, big, 4)!;
    expect(new Set(peak)).toEqual(new Set([3]));
    const mean = lineValues({ type: 'gauge', gauge: 'queueDepth', stat: 'mean' }, s, big, 4)!;
    expect(mean[0]).toBeCloseTo(1.5, 9);
  });

  it('shows a bin during a run only once all its buckets are done; percentiles keep their buckets', () => {
    const live = { ...big, filled: 10 };
    const rate = lineValues({ type: 'rate', counter: 'requests' }, s, live, 4)!;
    expect(rate.filter((v) => v !== null)).toHaveLength(2);
    const p99 = chartData(
      CHARTS.client.find((c) => c.id === 'e2eLatency')!,
      s,
      live,
    )!;
    expect(p99.columns[0]).toHaveLength(600);
  });
});

describe('holdGaugeLevels', () => {
  it('fills the buckets since a gauge last changed with its level now', () => {
    const live: NodeSeries = {
      nodeId: 'q',
      counters: {},
      gauges: {
        queueDepth: { mean: [1, 4, 0, 0, 0], max: [2, 5, 0, 0, 0] },
        idle: { mean: [0, 0, 0, 0, 0], max: [0, 0, 0, 0, 0] },
      },
      histograms: {},
    };
    holdGaugeLevels(live, { queueDepth: 5, idle: 0 }, 4);
    expect(live.gauges.queueDepth!.max).toEqual([2, 5, 5, 5, 0]);
    expect(live.gauges.queueDepth!.mean).toEqual([1, 4, 5, 5, 0]);
    expect(live.gauges.idle!.max).toEqual([0, 0, 0, 0, 0]);
  });
});
