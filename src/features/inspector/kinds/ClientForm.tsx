import { FormSection } from '../../../components/FormSection';
import { ChecklistField } from '../fields/ChecklistField';
import { KeyValueField } from '../fields/KeyValueField';
import { NumberField } from '../fields/NumberField';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { BodyPreview } from './BodyPreview';
import { LoadProfileEditor } from './LoadProfileEditor';

const PLACEHOLDERS: [string, string][] = [
  ['{{seq}}', 'request number'],
  ['{{uuid}}', 'random id'],
  ['{{int 1 100}}', 'random integer'],
  ['{{pick a b c}}', 'one of the words'],
  ['{{now}}', 'ISO time'],
];

const placeholderHelp = (
  <span>
    Placeholders:
    <ul className="insp-placeholders">
      {PLACEHOLDERS.map(([p, what]) => (
        <li key={p}>
          <code>{p}</code> {what}
        </li>
      ))}
    </ul>
  </span>
);

/** HTTP callers: how much load, what each request looks like, how the client retries. */
export function ClientForm() {
  return (
    <>
      <FormSection title="Load">
        <LoadProfileEditor />
      </FormSection>
      <FormSection title="Request">
        <SelectField
          path={['request', 'method']}
          label="Method"
          def="POST"
          options={enumOptions(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])}
        />
        <TextField
          path={['request', 'path']}
          label="Path"
          def="/"
          mono
          hint="placeholders as in the body (/orders/ord-{{int 1 400}}); header values take them too"
        />
        <KeyValueField
          path={['request', 'headers']}
          label="Headers"
          noun="header"
          keyPlaceholder="Header-Name"
        />
        <TextField
          path={['request', 'body']}
          label="Body template"
          multiline
          rows={4}
          mono
          hint={placeholderHelp}
        />
        <BodyPreview />
      </FormSection>
      <FormSection
        title="Timeout and retries"
        note="Like an AWS SDK client: throttles (429), server errors (5xx) and timeouts are retried with exponential backoff."
      >
        <NumberField
          path={['timeoutMs']}
          label="Client timeout"
          unit="ms"
          nullable
          placeholder="none: waits for the response"
          hint="empty = waits as long as the target takes"
        />
        <NumberField
          path={['retry', 'maxAttempts']}
          label="Retries"
          def="0"
          hint="after the first attempt, up to 10"
        />
        <NumberField path={['retry', 'baseDelayMs']} label="Base delay" unit="ms" def="100 ms" />
        <NumberField path={['retry', 'maxDelayMs']} label="Maximum delay" unit="ms" def="20,000 ms" />
        <SelectField
          path={['retry', 'jitter']}
          label="Jitter"
          def="full"
          options={[
            { value: 'full', label: 'Full jitter (AWS SDK)' },
            { value: 'none', label: 'None (pure exponential)' },
          ]}
          help="Full jitter draws each delay uniformly below the exponential cap, so clients do not retry in lockstep."
        />
        <ChecklistField path={['retry', 'retryOn']} label="Retry on" options={['429', '5xx', 'timeout']} />
      </FormSection>
    </>
  );
}
