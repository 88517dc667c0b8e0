import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { createSimulation, runToCompletion, type RunSummary } from '../../sim';
import { exportFileName, filledBuckets, metricsJson, seriesCsv, summaryCsv } from './exportData';

function flow(): Flow {
  const f = emptyFlow('Checkout, "v2"');
  const client = createNode('client', 'web', '=Web', { x: 0, y: 0 });
  const fn = createNode('function', 'work', 'Work, fast', { x: 200, y: 0 });
  return { ...f, nodes: [client, fn], edges: [createEdge('e1', 'web', 'work', 'invoke')] };
}

const result = runToCompletion(flow(), { seed: 4, durationMs: 3000 });
const s = result.summary;
const lines = (csv: string) => csv.trimEnd().split('\r\n');
/** A simple parser for the tests (quotes, doubled quotes, commas). */
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...out, cell];
}

describe('summaryCsv', () => {
  const rows = lines(summaryCsv(s)).map(parseLine);
  const head = rows[0]!;
  const col = (row: string[], name: string) => row[head.indexOf(name)];

  it('has one row per node and the same number of cells in every row', () => {
    expect(rows).toHaveLength(1 + s.nodes.length);
    for (const r of rows) expect(r).toHaveLength(head.length);
    expect(head.slice(0, 5)).toEqual(['node', 'label', 'kind', 'simulated', 'costUsd']);
  });

  it('writes raw numbers (no thousands separators) that match the summary', () => {
    const work = rows.find((r) => r[0] === 'work')!;
    const fn = s.nodes.find((n) => n.nodeId === 'work')!;
    expect(Number(col(work, 'invocations'))).toBe(fn.counters.invocations);
    expect(Number(col(work, 'duration.p99'))).toBeCloseTo(fn.histograms.duration!.p99, 6);
    expect(Number(col(work, 'concurrency.max'))).toBe(fn.gauges.concurrency!.max);
    expect(Number(col(work, 'costUsd'))).toBeCloseTo(fn.costUsd!, 12);
    expect(fn.counters.invocations).toBeGreaterThan(0);
  });

  it('escapes labels and leaves a figure a node lacks empty', () => {
    const web = rows.find((r) => r[0] === 'web')!;
    expect(col(web, 'label')).toBe("'=Web");
    expect(col(web, 'invocations')).toBe('');
    expect(
      col(
        rows.find((r) => r[0] === 'work')!,
        'label',
      ),
    ).toBe('Work, fast');
  });
});

describe('seriesCsv', () => {
  const rows = lines(seriesCsv(s, result.series)).map(parseLine);
  const head = rows[0]!;
  const buckets = Math.ceil(s.durationMs / s.bucketMs);

  it('has a row per node per bucket with the bucket start in seconds', () => {
    expect(head.slice(0, 3)).toEqual(['node', 'kind', 'time_s']);
    expect(rows).toHaveLength(1 + 2 * buckets);
    expect(rows[1]!.slice(0, 3)).toEqual(['web', 'client', '0']);
    expect(rows[2]![2]).toBe(String(s.bucketMs / 1000));
  });

  it('adds up to the run totals per counter', () => {
    const i = head.indexOf('invocations');
    const total = rows.filter((r) => r[0] === 'work').reduce((a, r) => a + Number(r[i]), 0);
    expect(total).toBe(s.nodes.find((n) => n.nodeId === 'work')!.counters.invocations);
  });

  it('leaves percentiles of empty buckets empty but counts them as 0', () => {
    const count = head.indexOf('duration.count');
    const p50 = head.indexOf('duration.p50');
    const empty = rows.find((r) => r[0] === 'work' && r[count] === '0');
    expect(empty).toBeDefined();
    expect(empty![p50]).toBe('');
  });
});

describe('a stopped run', () => {
  it('exports the buckets it reached, not the empty rest', () => {
    const sim = createSimulation(flow(), { seed: 4, durationMs: 3000 });
    sim.advance(1000);
    const r = sim.result();
    const stopped: RunSummary = r.summary;
    expect(filledBuckets(stopped, r.series)).toBe(Math.ceil(stopped.reachedMs / stopped.bucketMs));
    expect(filledBuckets(stopped, r.series)).toBeLessThan(Math.ceil(3000 / stopped.bucketMs));
  });
});

describe('metricsJson', () => {
  it('holds the summary and series cut to the filled buckets, with times', () => {
    const doc = JSON.parse(metricsJson(result)) as {
      format: string;
      seed: number;
      time_s: number[];
      summary: RunSummary;
      series: { nodeId: string; counters: Record<string, number[]> }[];
    };
    expect(doc.format).toBe('eventflow-metrics');
    expect(doc.seed).toBe(4);
    expect(doc.summary.nodes.map((n) => n.nodeId)).toEqual(['web', 'work']);
    expect(doc.time_s).toHaveLength(Math.ceil(s.durationMs / s.bucketMs));
    expect(doc.series[1]!.counters.invocations).toEqual(result.series[1]!.counters.invocations);
  });

  it('keeps a label that looks like an array exactly as it was', () => {
    const f = flow();
    f.nodes[1]!.label = 'Batch [1, 2]';
    const doc = JSON.parse(metricsJson(runToCompletion(f, { seed: 1, durationMs: 500 })));
    expect(doc.summary.nodes[1].label).toBe('Batch [1, 2]');
  });
});

describe('exportFileName', () => {
  it('makes a file name from the flow name and the seed', () => {
    expect(exportFileName('Checkout, "v2"', 4, 'summary', 'csv')).toBe('checkout-v2-seed4-summary.csv');
    expect(exportFileName('Café événement', 1, 'series', 'csv')).toBe('cafe-evenement-seed1-series.csv');
    expect(exportFileName('***', 9, 'metrics', 'json')).toBe('flow-seed9-metrics.json');
  });
});
