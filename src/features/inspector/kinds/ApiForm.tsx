import { FormSection } from '../../../components/FormSection';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { OptionalGroup } from '../fields/OptionalGroup';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import type { Parse } from '../form/useField';

const parseLines: Parse = (text) => ({
  value: text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
});
const formatLines = (v: unknown) => (Array.isArray(v) ? v.join('\n') : '');

/** API Gateway: protocol, stage throttling, API keys and a simple authorizer. Routes live on the edges. */
export function ApiForm() {
  return (
    <>
      <FormSection title="API" note="Routes and integration timeouts are set on each edge from this API.">
        <SelectField
          path={['protocolType']}
          label="Protocol"
          aws="ProtocolType"
          def="REST"
          options={[
            { value: 'REST', label: 'REST API' },
            { value: 'HTTP', label: 'HTTP API' },
          ]}
        />
      </FormSection>
      <FormSection
        title="Throttling"
        note="A token bucket: refilled at the rate, holding at most the burst. Requests beyond it get 429 Too Many Requests."
      >
        <NumberField
          path={['throttlingRateLimit']}
          label="Rate"
          unit="req/s"
          aws="ThrottlingRateLimit"
          def="10,000 req/s (account)"
        />
        <NumberField
          path={['throttlingBurstLimit']}
          label="Burst"
          unit="requests"
          aws="ThrottlingBurstLimit"
          def="5,000 (account)"
        />
      </FormSection>
      <FormSection title="API keys and usage plan">
        <CheckboxField
          path={['apiKeyRequired']}
          label="API key required"
          aws="ApiKeyRequired"
          help="Requests without a valid x-api-key header get 403 Forbidden."
        />
        <OptionalGroup
          path={['usagePlan']}
          label="Usage plan"
          aws="UsagePlan"
          initial={{ rateLimit: 100, burstLimit: 200, quotaPerDay: null }}
          hint="Per-key throttling, applied before the stage's limits."
        >
          <NumberField path={['usagePlan', 'rateLimit']} label="Rate" unit="req/s" aws="Throttle.RateLimit" />
          <NumberField
            path={['usagePlan', 'burstLimit']}
            label="Burst"
            unit="requests"
            aws="Throttle.BurstLimit"
          />
          <NumberField
            path={['usagePlan', 'quotaPerDay']}
            label="Quota per day"
            unit="requests"
            aws="Quota.Limit"
            nullable
            placeholder="no quota"
          />
        </OptionalGroup>
      </FormSection>
      <FormSection title="Authorizer">
        <OptionalGroup
          path={['authorizer']}
          label="Simple authorizer"
          initial={{ header: 'Authorization', allow: ['Bearer demo'] }}
          hint="Allows a request whose header has one of the values; others get 403."
        >
          <TextField path={['authorizer', 'header']} label="Header" def="Authorization" mono />
          <TextField
            path={['authorizer', 'allow']}
            label="Allowed values"
            multiline
            rows={3}
            mono
            parse={parseLines}
            format={formatLines}
            hint="one per line"
          />
        </OptionalGroup>
      </FormSection>
    </>
  );
}
