import { FormSection } from '../../../components/FormSection';
import { SelectField } from '../fields/SelectField';

/** A Lambda asynchronous-invocation destination. */
export function DestinationForm() {
  return (
    <FormSection
      title="Destination"
      note="Receives an invocation record (request and response context) after an asynchronous invocation."
    >
      <SelectField
        path={['on']}
        label="Condition"
        aws="DestinationConfig"
        def="on failure"
        options={[
          { value: 'failure', label: 'On failure (OnFailure)' },
          { value: 'success', label: 'On success (OnSuccess)' },
        ]}
      />
    </FormSection>
  );
}
