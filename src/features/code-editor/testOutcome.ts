import type { Distribution } from '../../model';
import type { ErrorInfo } from '../../sim';
import type { ReportFigures } from './report';

/** What one Test invocation gave: the value or error, the log lines and the REPORT figures. */
export interface TestOutcome {
  outcome: 'ok' | 'error' | 'timeout' | 'crash';
  value?: unknown;
  error?: ErrorInfo;
  logs: string[];
  report: ReportFigures | null;
  coldStart: boolean;
  /** The declared duration model's typical value, part of Duration (see README). */
  declaredMs: number;
}

/** A typical draw of a duration model (its median where it has one), for a single test call. */
export function typicalMs(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return d.median;
    case 'exponential':
      return d.mean * Math.LN2;
    case 'empirical': {
      const s = [...d.samples].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)]!;
    }
  }
}
