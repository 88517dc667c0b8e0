import { FormSection } from '../../../components/FormSection';
import { DistributionField } from '../fields/DistributionField';
import { OptionalGroup } from '../fields/OptionalGroup';
import { SelectField, type SelectOption } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { StoreContents } from './StoreContents';

const KEY_TYPES: SelectOption[] = [
  { value: 'S', label: 'S (string)' },
  { value: 'N', label: 'N (number)' },
  { value: 'B', label: 'B (binary)' },
];

/** DynamoDB table: key schema, billing, stream, and the simulated latency. */
export function TableForm() {
  return (
    <>
      <FormSection title="Key schema">
        <TextField path={['partitionKey', 'name']} label="Partition key" aws="KeySchema HASH" def="pk" mono />
        <SelectField
          path={['partitionKey', 'type']}
          label="Partition key type"
          aws="AttributeType"
          options={KEY_TYPES}
        />
        <OptionalGroup
          path={['sortKey']}
          label="Sort key"
          aws="KeySchema RANGE"
          initial={{ name: 'sk', type: 'S' }}
        >
          <TextField path={['sortKey', 'name']} label="Sort key name" mono />
          <SelectField path={['sortKey', 'type']} label="Sort key type" options={KEY_TYPES} />
        </OptionalGroup>
      </FormSection>
      <FormSection title="Capacity and stream">
        <SelectField
          path={['billingMode']}
          label="Billing mode"
          aws="BillingMode"
          def="PAY_PER_REQUEST"
          options={[
            { value: 'PAY_PER_REQUEST', label: 'On-demand (PAY_PER_REQUEST)' },
            { value: 'PROVISIONED', label: 'Provisioned' },
          ]}
        />
        <SelectField
          path={['streamViewType']}
          label="DynamoDB stream"
          aws="StreamSpecification.StreamViewType"
          def="off"
          help="A change stream a function can read through an event source mapping (edge to a function)."
          options={[
            { value: null, label: 'Off' },
            { value: 'KEYS_ONLY', label: 'KEYS_ONLY' },
            { value: 'NEW_IMAGE', label: 'NEW_IMAGE' },
            { value: 'OLD_IMAGE', label: 'OLD_IMAGE' },
            { value: 'NEW_AND_OLD_IMAGES', label: 'NEW_AND_OLD_IMAGES' },
          ]}
        />
      </FormSection>
      <FormSection title="Simulation model">
        <DistributionField path={['latency']} label="Request latency" def="log-normal, median 5 ms" />
      </FormSection>
      <StoreContents kind="table" />
    </>
  );
}
