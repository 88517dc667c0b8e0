import type { NodeSummary, RunSummary } from './summary';

export interface SummaryRow {
  nodeId: string;
  cells: string[];
}

export interface SummaryTable {
  id: 'producers' | 'functions' | 'others';
  title: string;
  head: string[];
  rows: SummaryRow[];
}

const PRODUCER_KINDS = new Set(['client', 'schedule', 'source']);

/**
 * A run summary as tables of text cells (producers, functions, other nodes), the figures the
 * CLI prints and the app's Summary panel shows. `nameOf` names a node in the first column.
 */
export function summaryTables(s: RunSummary, nameOf: (n: NodeSummary) => string = label): SummaryTable[] {
  const producers = s.nodes.filter((n) => PRODUCER_KINDS.has(n.kind));
  const functions = s.nodes.filter((n) => n.kind === 'function');
  const others = s.nodes.filter((n) => !PRODUCER_KINDS.has(n.kind) && n.kind !== 'function');
  const tables: SummaryTable[] = [];
  if (producers.length > 0)
    tables.push({
      id: 'producers',
      title: 'Producers (end-to-end latency in ms)',
      head: [
        'node',
        'kind',
        'sent',
        '2xx',
        '4xx',
        '5xx',
        'fn errors',
        'timeouts',
        'retries',
        'rejected',
        'p50',
        'p90',
        'p99',
        'max',
      ],
      rows: producers.map((n) => ({ nodeId: n.nodeId, cells: [nameOf(n), ...producerCells(n)] })),
    });
  if (functions.length > 0)
    tables.push({
      id: 'functions',
      title: 'Functions (durations in ms; concurrency and environments as mean / max)',
      head: [
        'node',
        'invocations',
        'errors',
        'throttles',
        'rejected',
        'cold',
        'cold %',
        'concurrency',
        'environments',
        'idle',
        'p50',
        'p90',
        'p99',
        'max',
        'cost $',
      ],
      rows: functions.map((n) => ({ nodeId: n.nodeId, cells: [nameOf(n), ...functionCells(n)] })),
    });
  if (others.length > 0)
    tables.push({
      id: 'others',
      title: 'Other nodes',
      head: ['node', 'kind', 'counters'],
      rows: others.map((n) => ({
        nodeId: n.nodeId,
        cells: [
          nameOf(n),
          n.simulated ? n.kind : `${n.kind}, not simulated yet`,
          Object.entries(n.counters)
            .map(([k, v]) => `${k} ${int(v)}`)
            .join(', ') || 'nothing reached it',
        ],
      })),
    });
  return tables;
}

function producerCells(n: NodeSummary): string[] {
  const c = n.counters;
  return [
    n.kind,
    int(c.requests ?? c.fires ?? c.events ?? 0),
    opt(c.responses2xx),
    opt(c.responses4xx),
    opt(c.responses5xx),
    opt(c.functionErrors),
    opt(c.timeouts),
    opt(c.retries),
    opt(c.rejected),
    ...quantiles(n.histograms.e2eLatency),
  ];
}

function functionCells(n: NodeSummary): string[] {
  const c = n.counters;
  const g = n.gauges;
  const share = n.derived.coldStartShare ?? 0;
  return [
    int(c.invocations ?? 0),
    int(c.errors ?? 0),
    int(c.throttles ?? 0),
    int(c.rejections ?? 0),
    int(c.coldStarts ?? 0),
    (share * 100).toFixed(share < 0.1 ? 2 : 1),
    pair(g.concurrency),
    pair(g.environments),
    pair(g.environmentsIdle),
    ...quantiles(n.histograms.duration),
    (n.costUsd ?? 0).toFixed(6),
  ];
}

type Hist = { count: number; p50: number; p90: number; p99: number; max: number } | undefined;

function quantiles(h: Hist): string[] {
  if (!h || h.count === 0) return ['-', '-', '-', '-'];
  return [h.p50, h.p90, h.p99, h.max].map((v) => (v < 10 ? v.toFixed(2) : v.toFixed(0)));
}

/** "Label (id)", or the id alone when the label says nothing more. */
export const label = (n: NodeSummary) =>
  n.label && n.label !== n.nodeId ? `${n.label} (${n.nodeId})` : n.nodeId;
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const opt = (v: number | undefined) => (v === undefined ? '-' : int(v));
const pair = (g: { mean: number; max: number } | undefined) =>
  g ? `${g.mean.toFixed(1)} / ${int(g.max)}` : '-';
