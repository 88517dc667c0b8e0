import { FormSection } from '../../../components/FormSection';
import { ChecklistField } from '../fields/ChecklistField';
import { TextField } from '../fields/TextField';

/** An S3 event notification. */
export function NotificationForm() {
  return (
    <FormSection title="Event notification">
      <ChecklistField
        path={['events']}
        label="Event types"
        aws="Events"
        options={[
          's3:ObjectCreated:*',
          's3:ObjectCreated:Put',
          's3:ObjectCreated:Copy',
          's3:ObjectRemoved:*',
          's3:ObjectRemoved:Delete',
        ]}
      />
      <TextField path={['prefix']} label="Prefix" aws="Filter.Key prefix" mono placeholder="e.g. images/" />
      <TextField path={['suffix']} label="Suffix" aws="Filter.Key suffix" mono placeholder="e.g. .jpg" />
    </FormSection>
  );
}
