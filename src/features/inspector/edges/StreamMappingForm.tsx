import { FormSection } from '../../../components/FormSection';
import type { FlowNode } from '../../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { NodePickerField } from '../fields/NodePickerField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { reportFailures } from './shared';

/** Lambda event source mapping for Kinesis or DynamoDB Streams. */
export function StreamMappingForm({ failureTargets }: { failureTargets: readonly FlowNode[] }) {
  return (
    <>
      <FormSection
        title="Event source mapping (stream)"
        note="Lambda reads each shard in order; a failing batch blocks its shard until it succeeds, expires or is bisected out."
      >
        <CheckboxField path={['enabled']} label="Enabled" aws="Enabled" def="on" />
        <NumberField path={['batchSize']} label="Batch size" aws="BatchSize" def="100" hint="up to 10,000" />
        <NumberField
          path={['maximumBatchingWindowInSeconds']}
          label="Batching window"
          unit="s"
          aws="MaximumBatchingWindowInSeconds"
          def="0 s"
          hint="up to 300 s"
        />
        <SelectField
          path={['startingPosition']}
          label="Starting position"
          aws="StartingPosition"
          def="LATEST"
          options={[
            { value: 'LATEST', label: 'LATEST (new records only)' },
            { value: 'TRIM_HORIZON', label: 'TRIM_HORIZON (oldest kept record)' },
          ]}
        />
        <NumberField
          path={['parallelizationFactor']}
          label="Concurrent batches per shard"
          aws="ParallelizationFactor"
          def="1"
          hint="1 to 10; order still holds per partition key"
        />
      </FormSection>
      <FormSection title="On error">
        <CheckboxField
          path={['bisectBatchOnFunctionError']}
          label="Split batch on error"
          aws="BisectBatchOnFunctionError"
          help="A failed batch is split in two and each half retried; splits do not count as retries."
        />
        <NumberField
          path={['maximumRetryAttempts']}
          label="Retry attempts"
          aws="MaximumRetryAttempts"
          def="-1 (until the record expires)"
          hint="-1 or 0 to 10,000"
        />
        <NumberField
          path={['maximumRecordAgeInSeconds']}
          label="Maximum age of record"
          unit="s"
          aws="MaximumRecordAgeInSeconds"
          def="-1 (no limit)"
          hint="-1, or 60 to 604,800 s"
        />
        <CheckboxField
          path={['functionResponseTypes']}
          label="Report batch item failures"
          aws="FunctionResponseTypes"
          help="The function returns the sequence number to checkpoint from."
          {...reportFailures}
        />
        <NodePickerField
          path={['onFailure']}
          label="On-failure destination"
          aws="DestinationConfig.OnFailure"
          nodes={failureTargets}
          noneLabel="None (discarded)"
          hint="a queue or topic; receives metadata of discarded batches"
        />
      </FormSection>
    </>
  );
}
