import type { ReactNode } from 'react';
import type { TraceRecord } from '../../sim';
import { formatAt, formatMs } from './format';
import { spanFields } from './spanFields';
import { typeLabel } from './spanKinds';

interface SpanFactsProps {
  span: TraceRecord;
  parent: TraceRecord | null;
  label: (nodeId: string) => string;
  onOpenSpan: (spanId: number) => void;
}

function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** When the span ran, which try it was, where it sits in its trace, and its own fields. */
export function SpanFacts({ span, parent, label, onOpenSpan }: SpanFactsProps) {
  const link = (spanId: number, text: string) => (
    <button className="traces-link" onClick={() => onOpenSpan(spanId)}>
      {text}
    </button>
  );
  return (
    <dl className="traces-facts">
      <Fact name="time">
        {span.end === span.start
          ? `at ${formatAt(span.start)} s (instant)`
          : `${formatAt(span.start)} → ${formatAt(span.end)} s (${formatMs(span.end - span.start)})`}
      </Fact>
      <Fact name="attempt">{span.attempt}</Fact>
      <Fact name="span">
        {span.spanId} in trace #{span.traceId}
        {span.parentSpanId !== null && (
          <>
            , parent{' '}
            {parent
              ? link(parent.spanId, `${label(parent.nodeId)} ${typeLabel(parent)}`)
              : `${span.parentSpanId} (not kept)`}
          </>
        )}
      </Fact>
      {spanFields(span, label).map((f) => (
        <Fact key={f.key} name={f.name}>
          {f.spanId !== undefined ? link(f.spanId, f.value) : f.value}
        </Fact>
      ))}
    </dl>
  );
}
