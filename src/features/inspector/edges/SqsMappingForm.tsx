import { FormSection } from '../../../components/FormSection';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { useForm } from '../form/FormContext';
import { reportFailures } from './shared';

/** Lambda event source mapping for SQS. */
export function SqsMappingForm() {
  const v = useForm().value as { batchSize?: number; maximumBatchingWindowInSeconds?: number };
  const needsWindow = (v.batchSize ?? 0) > 10 && (v.maximumBatchingWindowInSeconds ?? 0) < 1;
  return (
    <FormSection
      title="Event source mapping (SQS)"
      note="Lambda polls the queue and invokes the function synchronously with each batch; on success it deletes the batch, on error the batch reappears after the visibility timeout."
    >
      <CheckboxField path={['enabled']} label="Enabled" aws="Enabled" def="on" />
      <NumberField
        path={['batchSize']}
        label="Batch size"
        aws="BatchSize"
        def="10"
        hint="standard queues up to 10,000 (above 10 needs a batching window ≥ 1 s); FIFO up to 10"
      />
      {needsWindow && (
        <p className="insp-warning" role="status" data-testid="inspector.warning.batchingWindow">
          AWS requires a batching window of at least 1 s for a batch size above 10.
        </p>
      )}
      <NumberField
        path={['maximumBatchingWindowInSeconds']}
        label="Batching window"
        unit="s"
        aws="MaximumBatchingWindowInSeconds"
        def="0 s"
        help="How long Lambda gathers messages before invoking, up to 300 s."
      />
      <CheckboxField
        path={['functionResponseTypes']}
        label="Report batch item failures"
        aws="FunctionResponseTypes"
        help="The function returns batchItemFailures; only those messages return to the queue."
        {...reportFailures}
      />
      <NumberField
        path={['maximumConcurrency']}
        label="Maximum concurrency"
        aws="ScalingConfig.MaximumConcurrency"
        nullable
        placeholder="none: up to the pollers' scale (1,250)"
        hint="2 to 1,000; empty = no cap"
        help="Caps the concurrent invocations this mapping drives. Keep it at or below the function's reserved concurrency."
      />
    </FormSection>
  );
}
