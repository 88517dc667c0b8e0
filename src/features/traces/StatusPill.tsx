import type { SpanStatus } from '../../sim';
import { STATUS_LABEL } from './spanKinds';

/** A span or trace status as a coloured word (never colour alone). */
export function StatusPill({ status }: { status: SpanStatus }) {
  return <span className={`traces-status is-${status}`}>{STATUS_LABEL[status]}</span>;
}
