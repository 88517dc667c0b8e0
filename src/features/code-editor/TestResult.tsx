import type { TestOutcome } from '../../store';
import { SdkCalls } from './SdkCalls';
import { StackText } from './StackText';

const STATUS: Record<TestOutcome['outcome'], string> = {
  ok: 'Succeeded',
  error: 'Failed: the handler threw',
  timeout: 'Failed: timed out',
  crash: 'Failed: the environment crashed',
};

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** A Test invocation's outcome as the Lambda console shows it: result, summary, log output. */
export function TestResult({ outcome }: { outcome: TestOutcome }) {
  const r = outcome.report;
  return (
    <div className="ce-result" data-testid="code.test.result" data-outcome={outcome.outcome}>
      <div className={`ce-result-status is-${outcome.outcome === 'ok' ? 'ok' : 'error'}`}>
        {STATUS[outcome.outcome]}
      </div>
      {outcome.error ? (
        <pre className="ce-pre ce-error">
          {outcome.error.stack?.startsWith(`${outcome.error.type}: `)
            ? null
            : `${outcome.error.type}: ${outcome.error.message}\n`}
          {outcome.error.stack ? <StackText text={outcome.error.stack} /> : null}
        </pre>
      ) : outcome.outcome === 'ok' ? (
        <pre className="ce-pre" data-testid="code.test.value">
          {JSON.stringify(outcome.value ?? null, null, 2)}
        </pre>
      ) : null}
      <dl className="ce-figures">
        <dt>Duration</dt>
        <dd data-testid="code.test.duration">{r ? ms(r.durationMs) : '-'}</dd>
        <dt>Billed duration</dt>
        <dd>{r ? `${r.billedMs} ms` : '-'}</dd>
        <dt>Memory</dt>
        <dd>
          {r ? `${r.memoryMb} MB` : '-'}
          {r?.maxMemoryMb ? ` (max used ${r.maxMemoryMb} MB)` : ''}
        </dd>
        <dt>Init duration</dt>
        <dd data-testid="code.test.init">
          {r?.initMs != null ? ms(r.initMs) : outcome.coldStart ? '-' : 'warm start: none'}
        </dd>
      </dl>
      <p className="ce-hint">
        Duration = the declared work ({ms(outcome.declaredMs)}, drawn from the function&apos;s duration model)
        + virtual waits in the code (SDK calls, timers).
      </p>
      <SdkCalls calls={outcome.sdkCalls} />
      <div className="ce-subhead">Log output</div>
      <pre className="ce-pre ce-logs" data-testid="code.test.logs">
        <StackText text={outcome.logs.join('\n')} />
      </pre>
    </div>
  );
}
