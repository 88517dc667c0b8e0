import type { NodeSummary, RunSummary } from '../../sim';

export interface SummaryRow {
  nodeId: string;
  cells: string[];
}

export interface SummaryTable {
  title: string;
  head: string[];
  rows: SummaryRow[];
}

const PRODUCER_KINDS = new Set(['client', 'schedule', 'source']);

/** The CLI's summary tables (producers, functions, other nodes) as cells for the panel. */
export function summaryTables(s: RunSummary): SummaryTable[] {
  const producers = s.nodes.filter((n) => PRODUCER_KINDS.has(n.kind));
  const functions = s.nodes.filter((n) => n.kind === 'function');
  const others = s.nodes.filter((n) => !PRODUCER_KINDS.has(n.kind) && n.kind !== 'function');
  const tables: SummaryTable[] = [];
  if (producers.length > 0)
    tables.push({
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
      rows: producers.map((n) => ({ nodeId: n.nodeId, cells: producerCells(n) })),
    });
  if (functions.length > 0)
    tables.push({
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
      rows: functions.map((n) => ({ nodeId: n.nodeId, cells: functionCells(n) })),
    });
  if (others.length > 0)
    tables.push({
      title: 'Other nodes',
      head: ['node', 'kind', 'counters'],
      rows: others.map((n) => ({
        nodeId: n.nodeId,
        cells: [
          label(n),
          n.simulated ? n.kind : `${n.kind} (not simulated yet)`,
          Object.entries(n.counters)
            .map(([k, v]) => `${k} ${int(v)}`)
            .join(', ') || 'nothing reached it',
        ],
      })),
    });
  return tables;
}

/** "Flow "x": 60 s of virtual time, seed 1, 12,345 events": the panel's one-line header. */
export function summaryHeader(s: RunSummary, withCode: boolean): string {
  const reached =
    s.reachedMs < 120_000
      ? `${+(s.reachedMs / 1000).toFixed(3)} s`
      : `${+(s.reachedMs / 60_000).toFixed(2)} min`;
  const code = withCode
    ? 'handler code ran in sandboxed workers'
    : 'handler code did not run (default handlers: declared duration and error rate)';
  return (
    `"${s.flowName}": ${reached} of virtual time${s.completed ? '' : ' (stopped early)'}, seed ${s.seed}, ` +
    `${int(s.eventsProcessed)} events; ${code}`
  );
}

function producerCells(n: NodeSummary): string[] {
  const c = n.counters;
  return [
    label(n),
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
    label(n),
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

const label = (n: NodeSummary) => (n.label && n.label !== n.nodeId ? `${n.label} (${n.nodeId})` : n.nodeId);
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const opt = (v: number | undefined) => (v === undefined ? '-' : int(v));
const pair = (g: { mean: number; max: number } | undefined) =>
  g ? `${g.mean.toFixed(1)} / ${int(g.max)}` : '-';
