import { FormSection } from '../../../components/FormSection';
import { DistributionField } from '../fields/DistributionField';
import { NumberField } from '../fields/NumberField';

/** A third-party service: how fast, how often it fails, how much it accepts. */
export function ExternalForm() {
  return (
    <FormSection title="Behaviour">
      <DistributionField path={['latency']} label="Response time" def="log-normal, median 120 ms" />
      <NumberField
        path={['errorRate']}
        label="Error rate"
        def="0"
        hint="0 to 1: share of calls answered with a 5xx"
      />
      <NumberField
        path={['rateLimit']}
        label="Rate limit"
        unit="calls/s"
        nullable
        placeholder="no limit"
        hint="above it, calls get 429; empty = no limit"
      />
    </FormSection>
  );
}
