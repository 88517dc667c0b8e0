import type { NodeKind } from '../../model';
import type { NodeSummary, Quantiles } from '../../sim';

/** A node's counters with what it is: a summary's node or a live one joined with its flow node. */
export interface CountedNode {
  nodeId: string;
  label: string;
  kind: NodeKind;
  counters: Record<string, number>;
}

export interface FlowTotals {
  /** Requests, fires and events the producers sent. */
  sent: number;
  /** Producer requests that ended in an error response or a timeout. */
  failed: number;
  functionErrors: number;
  throttles: number;
  coldStarts: number;
  /** Lambda cost so far (other services are not priced). */
  costUsd: number;
  hasClients: boolean;
  hasFunctions: boolean;
}

const PRODUCERS = new Set<NodeKind>(['client', 'schedule', 'source']);
export const isProducer = (kind: NodeKind): boolean => PRODUCERS.has(kind);

/** The flow's headline counts, summed over its nodes. */
export function flowTotals(nodes: CountedNode[]): FlowTotals {
  const t: FlowTotals = {
    sent: 0,
    failed: 0,
    functionErrors: 0,
    throttles: 0,
    coldStarts: 0,
    costUsd: 0,
    hasClients: false,
    hasFunctions: false,
  };
  for (const n of nodes) {
    const c = n.counters;
    if (isProducer(n.kind)) t.sent += c.requests ?? c.fires ?? c.events ?? 0;
    if (n.kind === 'client') {
      t.hasClients = true;
      t.failed += c.errors ?? 0;
    }
    if (n.kind === 'function') {
      t.hasFunctions = true;
      t.functionErrors += c.errors ?? 0;
      t.throttles += c.throttles ?? 0;
      t.coldStarts += c.coldStarts ?? 0;
      t.costUsd += c.costUsd ?? 0;
    }
    if (n.kind === 'api') t.throttles += c.throttles ?? 0;
  }
  return t;
}

export interface CostRow {
  nodeId: string;
  label: string;
  costUsd: number;
  /** Share of the total, 0..1. */
  share: number;
}

/** Lambda cost per function, largest first. */
export function costBreakdown(nodes: CountedNode[]): { rows: CostRow[]; totalUsd: number } {
  const fns = nodes.filter((n) => n.kind === 'function');
  const totalUsd = fns.reduce((s, n) => s + (n.counters.costUsd ?? 0), 0);
  const rows = fns
    .map((n) => {
      const costUsd = n.counters.costUsd ?? 0;
      return { nodeId: n.nodeId, label: n.label, costUsd, share: totalUsd > 0 ? costUsd / totalUsd : 0 };
    })
    .sort((a, b) => b.costUsd - a.costUsd || (a.nodeId < b.nodeId ? -1 : 1));
  return { rows, totalUsd };
}

export interface LatencyRow {
  nodeId: string;
  label: string;
  kind: NodeKind;
  /** Whole-run percentiles of the time from an event's start until nothing of it is open; null: none finished. */
  q: Quantiles | null;
}

/** End-to-end latency per producer, over the whole run. */
export function latencyRows(nodes: NodeSummary[]): LatencyRow[] {
  return nodes
    .filter((n) => isProducer(n.kind))
    .map((n) => {
      const q = n.histograms.e2eLatency;
      return { nodeId: n.nodeId, label: n.label, kind: n.kind, q: q && q.count > 0 ? q : null };
    });
}
