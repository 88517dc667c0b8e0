import type { RunSummary } from '../../sim';

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

const int = (v: number) => Math.round(v).toLocaleString('en-US');
