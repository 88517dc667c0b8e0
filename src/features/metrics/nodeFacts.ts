import type { NodeKind } from '../../model';
import type { NodeSummary } from '../../sim';
import { FIGURES, type Figure } from './compareRuns';

export interface Fact {
  key: string;
  label: string;
  unit: Figure['unit'];
  value: number;
}

/** A node's whole-run figures (the ones the compare view lists), those it has. */
export function nodeFacts(n: NodeSummary): Fact[] {
  return FIGURES[n.kind].flatMap((f) => {
    const value = f.read(n);
    return value === undefined ? [] : [{ key: f.key, label: f.label, unit: f.unit, value }];
  });
}

/**
 * The same figures while a run goes on, from counter totals only: percentiles and gauge
 * peaks are known when the run ends.
 */
export function liveFacts(kind: NodeKind, counters: Record<string, number>): Fact[] {
  return FIGURES[kind].flatMap((f) => {
    // Counter figures are keyed by the counter's name; "x.max" and "x.p99" are not counters.
    const value = f.key.includes('.') ? undefined : counters[f.key];
    return value === undefined ? [] : [{ key: f.key, label: f.label, unit: f.unit, value }];
  });
}
