import { useStore } from '../../store';
import type { NodeOfKind } from '../../model';
import { buildSampleEvent, samplesFor } from './sampleEvents';
import { selectEditorTest, selectPatchCodeTest } from './selectors';
import { TestResult } from './TestResult';
import type { Trigger } from './triggers';

export interface TestPaneProps {
  node: NodeOfKind<'function'>;
  triggers: Trigger[];
  hasDraft: boolean;
}

/** The name of the first node that sends to the function with this trigger (ARNs in samples). */
function sourceName(nodeId: string): string | undefined {
  const { doc } = useStore.getState();
  const e = doc.edges.find((x) => x.target === nodeId && x.settings.type !== 'invoke');
  return doc.nodes.find((n) => n.id === e?.source)?.label;
}

/** A sample event as editable JSON, with ARNs in the flow's region and account. */
export const sampleText = (id: string, nodeId: string) => {
  const { region, accountId } = useStore.getState().doc.run;
  return JSON.stringify(buildSampleEvent(id, sourceName(nodeId), { region, accountId }), null, 2);
};

/** The Test tab: a sample event (editable JSON) and the last invocation's outcome. */
export function TestPane({ node, triggers, hasDraft }: TestPaneProps) {
  const test = useStore(selectEditorTest);
  const patch = useStore(selectPatchCodeTest);
  const samples = samplesFor(triggers);
  const sampleId = test.sampleId ?? samples[0]!.id;
  const text = test.eventText ?? sampleText(sampleId, node.id);
  let parseError: string | null = null;
  try {
    JSON.parse(text);
  } catch (e) {
    parseError = (e as Error).message;
  }
  return (
    <div className="ce-test">
      <div className="ce-test-event">
        <label className="ce-label">
          Event
          <select
            data-testid="code.test.event"
            value={sampleId}
            onChange={(e) =>
              patch(node.id, { sampleId: e.target.value, eventText: sampleText(e.target.value, node.id) })
            }
          >
            {samples.map((s) => (
              <option key={s.id} value={s.id}>
                {triggers.includes(s.trigger) ? '● ' : ''}
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <textarea
          className="ce-json nokey"
          data-testid="code.test.json"
          spellCheck={false}
          value={text}
          aria-label="Event JSON"
          aria-invalid={parseError !== null}
          onChange={(e) => patch(node.id, { eventText: e.target.value, sampleId })}
        />
        {parseError ? <div className="ce-error-line">Not JSON: {parseError}</div> : null}
        <p className="ce-hint">
          Test invokes this function once with this event and the code in the editor
          {hasDraft ? ' (unsaved edits included)' : ''}, in a simulated run of this flow: its SDK calls reach
          the connected resources, which start empty (tables, buckets, queues). Each Test is a new run: a cold
          start. ● marks the events of what is connected to this function.
        </p>
      </div>
      <div className="ce-test-out">
        {test.running ? <div className="ce-hint">Running…</div> : null}
        {test.outcome ? (
          <TestResult outcome={test.outcome} />
        ) : !test.running ? (
          <div className="ce-hint">No test run yet. Press Test.</div>
        ) : null}
      </div>
    </div>
  );
}
