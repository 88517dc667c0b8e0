import { FormSection } from '../../../components/FormSection';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';

/** An API Gateway route and its integration timeout. */
export function IntegrationForm() {
  return (
    <FormSection title="Route and integration">
      <TextField
        path={['routeKey']}
        label="Route"
        aws="RouteKey"
        def="ANY /{proxy+}"
        mono
        hint={'METHOD /path, e.g. GET /orders/{id}'}
      />
      <NumberField
        path={['timeoutInMillis']}
        label="Integration timeout"
        unit="ms"
        aws="TimeoutInMillis"
        def="29,000 ms"
        hint="50 to 29,000 ms; beyond it the client gets 504"
      />
    </FormSection>
  );
}
