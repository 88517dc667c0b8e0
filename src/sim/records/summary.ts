import type { NodeKind } from '../../model';
import type { GaugeFigures, MetricTotals } from './nodeMetrics';
import type { SpanStats } from './spans';
import type { RunWarning } from './warnings';
import type { Quantiles } from '../core/sketch';

/** One node's figures for the whole run. Metric names are listed in README (Metrics). */
export interface NodeSummary extends MetricTotals {
  nodeId: string;
  label: string;
  kind: NodeKind;
  /** False when the kind has no behaviour yet (see warnings). */
  simulated: boolean;
  costUsd: number | null;
  derived: Record<string, number>;
}

export interface RunSummary {
  flowName: string;
  seed: number;
  /** ISO time of virtual 0. */
  startTime: string;
  durationMs: number;
  /** Virtual ms the run reached (durationMs when it completed). */
  reachedMs: number;
  completed: boolean;
  bucketMs: number;
  eventsProcessed: number;
  nodes: NodeSummary[];
  /** Lambda only: requests, duration and INIT of every function (other services are not priced). */
  lambdaCostUsd: number;
  spans: SpanStats;
  warnings: RunWarning[];
}

export type { GaugeFigures, Quantiles };
