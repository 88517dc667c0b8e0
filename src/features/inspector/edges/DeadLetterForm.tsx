import { FormSection } from '../../../components/FormSection';
import { NumberField } from '../fields/NumberField';

/** A dead-letter queue: a queue's redrive policy, or a function's DLQ. */
export function DeadLetterForm({ fromQueue }: { fromQueue: boolean }) {
  return fromQueue ? (
    <FormSection
      title="Redrive policy"
      note="A message received more times than this moves to the dead-letter queue."
    >
      <NumberField
        path={['maxReceiveCount']}
        label="Maximum receives"
        aws="RedrivePolicy.maxReceiveCount"
        def="5"
        hint="1 to 1,000; AWS advises at least 5 with Lambda"
      />
    </FormSection>
  ) : (
    <FormSection
      title="Dead-letter queue"
      note="Asynchronous events that failed every retry go here (the event body only)."
    >
      <p className="fs-note">No settings.</p>
    </FormSection>
  );
}
