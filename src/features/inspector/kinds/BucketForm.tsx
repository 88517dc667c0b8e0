import { FormSection } from '../../../components/FormSection';
import { DistributionField } from '../fields/DistributionField';
import { StoreContents } from './StoreContents';

/** S3 bucket: notifications live on its edges; only the latency is set here. */
export function BucketForm() {
  return (
    <>
      <FormSection
        title="Simulation model"
        note="Event notifications (event types, prefix, suffix) are set on each edge from this bucket."
      >
        <DistributionField path={['latency']} label="Request latency" def="log-normal, median 20 ms" />
      </FormSection>
      <StoreContents kind="bucket" />
    </>
  );
}
