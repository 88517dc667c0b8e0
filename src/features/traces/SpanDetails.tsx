import type { ReactNode } from 'react';
import type { TraceRecord } from '../../sim';
import { useStore, type StoreState } from '../../store';
import { PayloadBlock } from './PayloadBlock';
import { RuleVerdicts } from './RuleVerdicts';
import { SdkCallList } from './SdkCallList';
import { codeNodeOf } from './spanKinds';
import { SpanFacts } from './SpanFacts';
import { StackText } from './StackText';
import { StatusPill } from './StatusPill';
import { verdictsOf } from './verdicts';

interface SpanDetailsProps {
  span: TraceRecord;
  /** The other spans of its trace (for its parent and what it sent on). */
  spans: readonly TraceRecord[];
  label: (nodeId: string) => string;
  /** Opens a span (in this trace or another). */
  onOpenSpan: (spanId: number) => void;
  onClose: () => void;
}

const selectRequestFocus = (s: StoreState) => s.requestFocus;
/** Hops whose payload "Payload out" shows; the rest are counted. */
const OUT_SHOWN = 3;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="traces-section">
      <h4>{title}</h4>
      {children}
    </section>
  );
}

/**
 * Everything one span recorded. What went wrong and why a router sent the message where it
 * did come first; then times and fields, SDK calls, payloads, logs.
 */
export function SpanDetails({ span, spans, label, onOpenSpan, onClose }: SpanDetailsProps) {
  const requestFocus = useStore(selectRequestFocus);
  const parent =
    span.parentSpanId === null ? null : (spans.find((s) => s.spanId === span.parentSpanId) ?? null);
  const sentOn = spans.filter((s) => s.parentSpanId === span.spanId && s.payload !== null);
  const verdicts = verdictsOf(span, label);
  const codeNode = codeNodeOf(span);
  return (
    <aside className="traces-details" data-testid="traces.details" aria-label="Span details">
      <header className="traces-pane-head">
        <button
          className="traces-link traces-node-link"
          title="Show it on the canvas"
          onClick={() => requestFocus(span.nodeId)}
        >
          {label(span.nodeId)}
        </button>
        <code className="traces-pane-sub">{span.type}</code>
        <StatusPill status={span.status} />
        <button className="traces-close" aria-label="Close the span details" title="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="traces-details-body">
        {span.error && (
          <Section title="Error">
            <pre className="traces-error">
              <strong>
                {span.error.type}: {span.error.message}
              </strong>
              {span.error.stack && (
                <>
                  {'\n'}
                  <StackText text={stackBody(span.error.stack, span.error.message)} codeNodeId={codeNode} />
                </>
              )}
            </pre>
          </Section>
        )}
        {verdicts.length > 0 && (
          <Section title={span.type === 'bus.put' ? 'Rules' : 'Subscriptions'}>
            <RuleVerdicts groups={verdicts} what={span.type === 'bus.put' ? 'rules' : 'subscriptions'} />
          </Section>
        )}
        {span.type === 'bus.put' && span.failedEntries.length > 0 && (
          <Section title="Failed entries">
            <ul className="traces-plain">
              {span.failedEntries.map((e, i) => (
                <li key={i}>
                  {e.code}: {e.message}
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title="Span">
          <SpanFacts span={span} parent={parent} label={label} onOpenSpan={onOpenSpan} />
        </Section>
        {span.type === 'function.invoke' && span.sdkCalls.length > 0 && (
          <Section title={`SDK calls (${span.sdkCalls.length})`}>
            <SdkCallList calls={span.sdkCalls} start={span.start} label={label} />
          </Section>
        )}
        <Section title="Payload in">
          {span.payload === null ? (
            <p className="traces-note">No payload.</p>
          ) : (
            <PayloadBlock payload={span.payload} testId="traces.payload" />
          )}
        </Section>
        {sentOn.length > 0 && (
          <Section title="Payload out">
            {sentOn.slice(0, OUT_SHOWN).map((s) => (
              <div key={s.spanId}>
                <p className="traces-out-to">
                  to{' '}
                  <button className="traces-link" onClick={() => onOpenSpan(s.spanId)}>
                    {label(s.nodeId)} ({s.type})
                  </button>
                </p>
                <PayloadBlock payload={s.payload!} />
              </div>
            ))}
            {sentOn.length > OUT_SHOWN && (
              <p className="traces-note">
                and {sentOn.length - OUT_SHOWN} more hops (open them in the waterfall).
              </p>
            )}
          </Section>
        )}
        {span.logs.length > 0 && (
          <Section title={`Logs (${span.logs.length} lines)`}>
            <pre className="traces-logs">
              {span.logs.map((line, i) => (
                <div key={i}>
                  <StackText text={line} codeNodeId={codeNode} />
                </div>
              ))}
            </pre>
          </Section>
        )}
      </div>
    </aside>
  );
}

/** The stack without its first line when that line repeats the message shown above it. */
function stackBody(stack: string, message: string): string {
  const nl = stack.indexOf('\n');
  return nl >= 0 && stack.slice(0, nl).includes(message) ? stack.slice(nl + 1) : stack;
}
