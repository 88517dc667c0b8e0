import { FormSection } from '../../../components/FormSection';
import { CheckboxField } from '../fields/CheckboxField';

/** SNS topic attributes; subscriptions live on the edges. */
export function TopicForm() {
  return (
    <FormSection
      title="Details"
      note="Subscriptions, their filter policies and DLQs are set on each edge from this topic."
    >
      <CheckboxField
        path={['fifoTopic']}
        label="FIFO topic"
        aws="FifoTopic"
        def="standard"
        help="Delivers in order per message group, to SQS queues only."
      />
      <CheckboxField
        path={['contentBasedDeduplication']}
        label="Content-based deduplication"
        aws="ContentBasedDeduplication"
        help="FIFO only: a hash of the body is the deduplication id."
      />
    </FormSection>
  );
}
