import { useRunState } from '../../runtime/run';
import { useStore, type StoreState } from '../../store';
import { formatVirtual } from '../../lib/virtualClock';
import { formatClock, speedLabel } from './clock';

const selectDurationMs = (s: StoreState) => s.doc.run.durationSeconds * 1000;

/** The virtual clock, the progress bar and one line on what the run is doing. */
export function RunClock() {
  const run = useRunState();
  const flowDurationMs = useStore(selectDurationMs);
  const durationMs = run.status === 'idle' ? flowDurationMs : run.durationMs;
  return (
    <span
      className={`run-progress is-${run.status}`}
      data-testid="run.progress"
      data-status={run.status}
      data-virtual-ms={Math.round(run.virtualMs)}
      title={`${formatClock(run.virtualMs, durationMs)}\n${statusTitle(run)}`}
    >
      <span className="run-clock" data-testid="run.clock">
        {formatVirtual(run.virtualMs)}
      </span>
      <span className="run-bar" aria-hidden>
        <span style={{ width: `${Math.round(run.progress * 100)}%` }} />
      </span>
      <span className="run-status">{statusText(run)}</span>
    </span>
  );
}

function compact(n: number): string {
  return n >= 1e6
    ? `${+(n / 1e6).toFixed(1)}M`
    : n >= 1e4
      ? `${Math.round(n / 1e3)}k`
      : n.toLocaleString('en-US');
}

/** The long form, for the tooltip. */
function statusTitle(run: ReturnType<typeof useRunState>): string {
  const parts = [`${run.status}`, `virtual ${formatVirtual(run.virtualMs)}`, `${run.events} events`];
  if (run.withCode) parts.push('handlers run their own code in sandboxed workers');
  else if (run.status !== 'idle')
    parts.push(
      'model only: every function has the default handler, so its declared duration and error rate are used',
    );
  if (run.behind && run.actualSpeed !== null)
    parts.push(
      `running at ${run.actualSpeed.toFixed(2)}x, slower than ${speedLabel(run.speed)}: this machine cannot keep up`,
    );
  if (run.lastStep)
    parts.push(`last step: ${run.lastStep.hops} messages crossed edges, ${run.lastStep.spans} spans ended`);
  if (run.error) parts.push(run.error);
  return parts.join('\n');
}

function statusText(run: ReturnType<typeof useRunState>): string {
  const events = run.events > 0 ? ` · ${compact(run.events)} events` : '';
  switch (run.status) {
    case 'idle':
      return '';
    case 'failed':
      return `failed: ${run.error ?? ''}`;
    case 'paused':
      return run.lastStep
        ? `step: ${run.lastStep.hops} msg, ${run.lastStep.spans} span${run.lastStep.spans === 1 ? '' : 's'}${events}`
        : `paused${events}`;
    case 'running':
      if (run.behind && run.actualSpeed !== null)
        return `at ${speedLabel(+run.actualSpeed.toFixed(2))}: slower than asked${events}`;
      return `${run.withCode ? 'with code' : 'model only'}${events}`;
    case 'stopped':
      return `stopped${events}`;
    case 'done':
      return `done${events}`;
  }
}
