import type { SdkCall } from '../../sim';

/** The AWS SDK calls a Test invocation made, as the simulated resources answered them. */
export function SdkCalls({ calls }: { calls: SdkCall[] }) {
  return (
    <>
      <div className="ce-subhead">SDK calls ({calls.length})</div>
      {calls.length === 0 ? (
        <div className="ce-hint">The code made no AWS SDK call.</div>
      ) : (
        <table className="ce-calls" data-testid="code.test.calls">
          <thead>
            <tr>
              <th>Service</th>
              <th>Operation</th>
              <th>Resource</th>
              <th>Status</th>
              <th>Time</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c, i) => (
              <tr
                key={i}
                className={c.status === 'ok' ? '' : 'is-error'}
                title={c.error ? `${c.error.type}: ${c.error.message}` : undefined}
              >
                <td>{c.service}</td>
                <td>{c.operation}</td>
                <td className="ce-calls-resource">{c.resource}</td>
                <td>{c.status === 'ok' ? 'ok' : (c.error?.type ?? c.status)}</td>
                <td>{c.ms.toFixed(2)} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
