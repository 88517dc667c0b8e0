import { FormSection } from '../../../components/FormSection';
import { JsonField } from '../fields/JsonField';
import { NumberField } from '../fields/NumberField';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { describeSeconds } from '../form/parse';
import { scheduleParse, timeZoneParse } from './scheduleCheck';

/** EventBridge Scheduler: when it fires, what it sends, how it retries. */
export function ScheduleForm() {
  return (
    <>
      <FormSection title="Schedule">
        <TextField
          path={['scheduleExpression']}
          label="Schedule expression"
          aws="ScheduleExpression"
          def="rate(1 minute)"
          mono
          parse={scheduleParse}
          hint={
            <span>
              <code>rate(5 minutes)</code>, <code>cron(0 12 * * ? *)</code> (minute hour day-of-month month
              day-of-week year) or <code>at(2026-03-01T09:00:00)</code>
            </span>
          }
        />
        <TextField
          path={['scheduleExpressionTimezone']}
          label="Time zone"
          aws="ScheduleExpressionTimezone"
          def="UTC"
          parse={timeZoneParse}
          hint="an IANA name, e.g. Europe/Paris"
        />
        <SelectField
          path={['state']}
          label="State"
          aws="State"
          def="ENABLED"
          options={enumOptions(['ENABLED', 'DISABLED'])}
        />
      </FormSection>
      <FormSection title="Target input">
        <JsonField
          path={['input']}
          label="Input"
          aws="Target.Input"
          mode="text"
          nullable
          rows={4}
          placeholder="empty: the scheduled event AWS sends"
          hint="Constant JSON for the target; empty sends AWS's scheduled-event payload."
        />
      </FormSection>
      <FormSection title="Retry policy">
        <NumberField
          path={['retryPolicy', 'maximumEventAgeInSeconds']}
          label="Maximum age of event"
          unit="s"
          aws="MaximumEventAgeInSeconds"
          def="86,400 s (24 h)"
          describe={describeSeconds}
        />
        <NumberField
          path={['retryPolicy', 'maximumRetryAttempts']}
          label="Retry attempts"
          aws="MaximumRetryAttempts"
          def="185"
        />
      </FormSection>
    </>
  );
}
