import { FormSection } from '../../../components/FormSection';
import { DistributionField } from '../fields/DistributionField';
import { KeyValueField } from '../fields/KeyValueField';
import { NumberField } from '../fields/NumberField';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { describeSeconds } from '../form/parse';
import { CodeSection } from './CodeSection';
import type { FormEnv } from './env';
import { ResourceEnvButtons } from './ResourceEnvButtons';

const vcpu = (mb: number) => `${(mb / 1769).toFixed(2)} vCPU`;

/** Lambda function settings, grouped as the Lambda console groups them. */
export function FunctionForm({ env }: { env: FormEnv }) {
  return (
    <>
      <CodeSection />
      <FormSection title="General configuration">
        <NumberField
          path={['memorySize']}
          label="Memory"
          unit="MB"
          aws="MemorySize"
          def="128 MB"
          describe={vcpu}
          help="CPU grows with memory: 1,769 MB is one vCPU, 10,240 MB is six."
        />
        <NumberField
          path={['timeout']}
          label="Timeout"
          unit="s"
          aws="Timeout"
          def="3 s"
          describe={describeSeconds}
          help="An invocation that runs longer is stopped and counts as an error (up to 900 s)."
        />
        <SelectField
          path={['architecture']}
          label="Architecture"
          aws="Architectures"
          def="x86_64"
          options={enumOptions(['x86_64', 'arm64'])}
          help="arm64 (Graviton) costs about 20% less per GB-second."
        />
        <SelectField
          path={['runtime']}
          label="Runtime"
          aws="Runtime"
          def="nodejs22.x"
          options={enumOptions(['nodejs22.x', 'nodejs20.x'])}
        />
        <TextField
          path={['handler']}
          label="Handler"
          aws="Handler"
          def="index.handler"
          mono
          help="file.export: the module and the exported function Lambda calls."
        />
      </FormSection>
      <FormSection title="Concurrency">
        <NumberField
          path={['reservedConcurrentExecutions']}
          label="Reserved concurrency"
          aws="ReservedConcurrentExecutions"
          nullable
          placeholder="none: uses the unreserved account pool"
          hint="empty = not reserved; 0 throttles every invocation"
          help="Both a guarantee and a cap for this function. At least 100 of the account's concurrency always stays unreserved."
        />
        <NumberField
          path={['provisionedConcurrency']}
          label="Provisioned concurrency"
          aws="ProvisionedConcurrentExecutions"
          def="0"
          help="Environments initialised in advance: no cold start until they are all busy, then requests spill over to on-demand scaling."
        />
      </FormSection>
      <FormSection title="Asynchronous invocation">
        <NumberField
          path={['maximumRetryAttempts']}
          label="Retry attempts"
          aws="MaximumRetryAttempts"
          def="2"
          help="Retries after a function error on an asynchronous invoke: about 1 min, then 2 min later."
        />
        <NumberField
          path={['maximumEventAgeInSeconds']}
          label="Maximum age of event"
          unit="s"
          aws="MaximumEventAgeInSeconds"
          def="21,600 s (6 h)"
          describe={describeSeconds}
          help="How long an event may wait in the asynchronous queue (throttle retries included) before it is dropped or sent to the on-failure destination."
        />
      </FormSection>
      <FormSection title="Environment variables" defaultOpen={false}>
        <KeyValueField
          path={['environment']}
          label="Variables"
          aws="Environment.Variables"
          noun="variable"
          hint="Read in code as process.env.NAME."
        />
        <ResourceEnvButtons env={env} />
      </FormSection>
      <FormSection
        title="Simulation model"
        note="Not AWS settings: how much work each invocation declares, so the simulation can time it."
      >
        <DistributionField
          path={['duration']}
          label="Duration per invocation"
          def="log-normal, median 40 ms"
          help="The work each invocation does, besides waits in your code."
        />
        <SelectField
          path={['durationScaling']}
          label="Duration scales with CPU"
          def="none"
          options={[
            { value: 'none', label: 'No: I/O-bound work, fixed duration' },
            { value: 'cpu', label: 'Yes: CPU-bound, faster with more memory' },
          ]}
          help="CPU-bound work runs faster with more memory (single-threaded: no gain past 1 vCPU)."
        />
        <NumberField
          path={['durationMeasuredAtMemory']}
          label="Duration measured at"
          unit="MB"
          def="1,769 MB (1 vCPU)"
          help="The memory size at which the duration above was observed; used when scaling with CPU."
        />
        <DistributionField
          path={['initDuration']}
          label="Cold start (INIT)"
          nullMeaning="Default model for the runtime and memory"
          help="Time to start a new execution environment before the first invoke."
        />
        <NumberField
          path={['errorRate']}
          label="Error rate"
          def="0"
          hint="0 to 1: share of invocations that fail before your code decides"
        />
      </FormSection>
    </>
  );
}
