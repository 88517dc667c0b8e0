import type { SdkCall } from '../../sim';
import { formatMs } from './format';

/** The AWS SDK calls an invocation made, in order, timed from its start. */
export function SdkCallList({
  calls,
  start,
  label,
}: {
  calls: SdkCall[];
  start: number;
  label: (id: string) => string;
}) {
  return (
    <table className="traces-sdk">
      <thead>
        <tr>
          <th>at</th>
          <th>call</th>
          <th>resource</th>
          <th>took</th>
          <th>status</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((c, i) => (
          <tr key={i} className={`is-${c.status}`}>
            <td>+{formatMs(c.start - start)}</td>
            <td>
              {c.service}.{c.operation}
            </td>
            <td title={c.resource}>{c.targetNodeId ? label(c.targetNodeId) : c.resource}</td>
            <td>{formatMs(c.ms)}</td>
            <td>{c.error ? `${c.status}: ${c.error.type}: ${c.error.message}` : c.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
