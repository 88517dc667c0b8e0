import { FormSection } from '../../../components/FormSection';
import { BusSettings } from '../../../model';
import { JsonField } from '../fields/JsonField';
import { NumberField } from '../fields/NumberField';
import { OptionalGroup } from '../fields/OptionalGroup';
import { useForm } from '../form/FormContext';
import { useCommitAt } from '../form/useCommitAt';
import { connectedTargets, nodesOfKind, type FormEnv } from './env';
import { checkEventPattern } from './patternChecks';
import { RuleEditor } from './RuleEditor';

function newRuleName(taken: readonly string[]): string {
  for (let i = taken.length + 1; ; i++) if (!taken.includes(`rule-${i}`)) return `rule-${i}`;
}

/** EventBridge bus: its rules (pattern and targets) and an optional archive. */
export function BusForm({ env }: { env: FormEnv }) {
  const form = useForm();
  const { commitAt } = useCommitAt();
  const settings = BusSettings.safeParse(form.value);
  if (!settings.success) return null;
  const { rules } = settings.data;
  const candidates = connectedTargets(env);
  const queues = nodesOfKind(env, 'queue').filter((n) => n.kind === 'queue' && !n.settings.fifoQueue);
  const add = () =>
    commitAt(
      ['rules'],
      [...rules, { name: newRuleName(rules.map((r) => r.name)), eventPattern: { source: ['my.app'] } }],
      'Rules',
    );
  return (
    <>
      <FormSection
        title={`Rules (${rules.length})`}
        actions={
          <button type="button" className="insp-add" data-testid="inspector.add.rules" onClick={add}>
            + Add rule
          </button>
        }
        note="Each rule sends every event that matches its pattern to each of its targets."
      >
        {rules.length === 0 && <p className="fs-note">No rules yet: events reach no target.</p>}
        {rules.map((rule, i) => (
          <RuleEditor
            key={i}
            index={i}
            rule={rule}
            candidates={candidates}
            queues={queues}
            onRemove={() =>
              commitAt(
                ['rules'],
                rules.filter((_, j) => j !== i),
              )
            }
          />
        ))}
      </FormSection>
      <FormSection title="Archive" defaultOpen={false}>
        <OptionalGroup
          path={['archive']}
          label="Archive events"
          initial={{ eventPattern: null, retentionDays: 0 }}
          hint="Keeps matching events so they can be replayed to this bus."
        >
          <JsonField
            path={['archive', 'eventPattern']}
            label="Archive pattern"
            aws="EventPattern"
            mode="object"
            nullable
            rows={4}
            check={checkEventPattern}
            placeholder="empty: archive every event"
          />
          <NumberField
            path={['archive', 'retentionDays']}
            label="Retention"
            unit="days"
            aws="RetentionDays"
            def="0 (indefinite)"
          />
        </OptionalGroup>
      </FormSection>
    </>
  );
}
