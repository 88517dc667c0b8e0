import { FormSection } from '../../../components/FormSection';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { describeSeconds } from '../form/parse';

const kib = (b: number) =>
  b >= 1_048_576 ? `${(b / 1_048_576).toFixed(2).replace(/\.?0+$/, '')} MiB` : `${Math.round(b / 1024)} KiB`;

/** SQS queue attributes, as CreateQueue names them. */
export function QueueForm() {
  return (
    <>
      <FormSection title="Details">
        <CheckboxField
          path={['fifoQueue']}
          label="FIFO queue"
          aws="FifoQueue"
          def="standard"
          help="Ordered within each message group, exactly-once processing; 300 API calls/s per action (3,000 messages/s with batching)."
        />
        <CheckboxField
          path={['contentBasedDeduplication']}
          label="Content-based deduplication"
          aws="ContentBasedDeduplication"
          help="FIFO only: a SHA-256 of the body is the deduplication id (5-minute window)."
        />
      </FormSection>
      <FormSection title="Configuration">
        <NumberField
          path={['visibilityTimeout']}
          label="Visibility timeout"
          unit="s"
          aws="VisibilityTimeout"
          def="30 s"
          describe={describeSeconds}
          help="How long a received message stays hidden. AWS advises at least 6 × the consuming function's timeout."
        />
        <NumberField
          path={['messageRetentionPeriod']}
          label="Message retention period"
          unit="s"
          aws="MessageRetentionPeriod"
          def="345,600 s (4 days)"
          describe={describeSeconds}
          hint="60 s to 14 days"
        />
        <NumberField
          path={['delaySeconds']}
          label="Delivery delay"
          unit="s"
          aws="DelaySeconds"
          def="0 s"
          hint="up to 15 minutes"
        />
        <NumberField
          path={['receiveMessageWaitTimeSeconds']}
          label="Receive message wait time"
          unit="s"
          aws="ReceiveMessageWaitTimeSeconds"
          def="0 s (short polling)"
          help="Long polling: 1 to 20 s. Short polling may return nothing even when messages exist."
        />
        <NumberField
          path={['maximumMessageSize']}
          label="Maximum message size"
          unit="bytes"
          aws="MaximumMessageSize"
          def="1,048,576 bytes (1 MiB)"
          describe={kib}
        />
      </FormSection>
    </>
  );
}
