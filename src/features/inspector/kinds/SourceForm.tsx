import { FormSection } from '../../../components/FormSection';
import { JsonField } from '../fields/JsonField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useCommitAt } from '../form/useCommitAt';

const P = ['events'] as const;

/** Hand-made events: each has a name, an optional time and a JSON payload. */
export function SourceForm() {
  const { commitAt, listAt } = useCommitAt();
  const events = listAt(P);
  const add = () =>
    commitAt(P, [...events, { label: `Event ${events.length + 1}`, atSeconds: null, payload: '{}' }]);
  return (
    <FormSection
      title={`Events (${events.length})`}
      actions={
        <button type="button" className="insp-add" data-testid="inspector.add.events" onClick={add}>
          + Add event
        </button>
      }
    >
      {events.length === 0 && <p className="fs-note">No events yet.</p>}
      {events.map((_, i) => (
        <div className="insp-card" key={i}>
          <div className="insp-card-head">
            <span>Event {i + 1}</span>
            <button
              type="button"
              className="insp-icon-btn"
              aria-label={`Remove event ${i + 1}`}
              onClick={() =>
                commitAt(
                  P,
                  events.filter((__, j) => j !== i),
                )
              }
            >
              ×
            </button>
          </div>
          <TextField path={[...P, i, 'label']} label="Name" hint="names this event in runs and traces" />
          <NumberField
            path={[...P, i, 'atSeconds']}
            label="Sent at"
            unit="s"
            nullable
            placeholder="only by hand"
            hint="virtual time from the start of the run; empty = fire by hand"
          />
          <JsonField path={[...P, i, 'payload']} label="Payload" mode="text" rows={5} />
        </div>
      ))}
    </FormSection>
  );
}
