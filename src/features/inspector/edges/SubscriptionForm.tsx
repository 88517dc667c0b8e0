import { FormSection } from '../../../components/FormSection';
import type { FlowNode } from '../../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { JsonField } from '../fields/JsonField';
import { NodePickerField } from '../fields/NodePickerField';
import { SelectField } from '../fields/SelectField';
import { useForm } from '../form/FormContext';
import { checkFilterPolicyAttributes, checkFilterPolicyBody } from '../kinds/patternChecks';

/** An SNS subscription: filter policy, raw delivery and its dead-letter queue. */
export function SubscriptionForm({ queues }: { queues: readonly FlowNode[] }) {
  const form = useForm();
  const scope = (form.value as { filterPolicyScope?: string }).filterPolicyScope;
  return (
    <FormSection title="Subscription">
      <SelectField
        path={['filterPolicyScope']}
        label="Filter policy scope"
        aws="FilterPolicyScope"
        def="MessageAttributes"
        options={[
          { value: 'MessageAttributes', label: 'Message attributes' },
          { value: 'MessageBody', label: 'Message body (JSON)' },
        ]}
      />
      <JsonField
        key={scope}
        path={['filterPolicy']}
        label="Filter policy"
        aws="FilterPolicy"
        mode="object"
        nullable
        rows={6}
        check={scope === 'MessageBody' ? checkFilterPolicyBody : checkFilterPolicyAttributes}
        placeholder="empty: every message is delivered"
        hint='e.g. {"type": ["order"], "total": [{"numeric": [">", 100]}]}; at most 5 keys and 150 combinations'
      />
      <CheckboxField
        path={['rawMessageDelivery']}
        label="Raw message delivery"
        aws="RawMessageDelivery"
        help="Queues receive the message body as it was published, without the SNS JSON envelope."
      />
      <NodePickerField
        path={['deadLetterQueue']}
        label="Dead-letter queue"
        aws="RedrivePolicy.deadLetterTargetArn"
        nodes={queues}
        noneLabel="None (undeliverable messages are dropped)"
      />
    </FormSection>
  );
}
