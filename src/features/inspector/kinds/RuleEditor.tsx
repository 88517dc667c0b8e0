import type { FlowNode, Rule } from '../../../model';
import { JsonField } from '../fields/JsonField';
import { enumOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useCommitAt } from '../form/useCommitAt';
import { checkEventPattern } from './patternChecks';
import { TargetEditor } from './TargetEditor';

export interface RuleEditorProps {
  index: number;
  rule: Rule;
  candidates: readonly FlowNode[];
  queues: readonly FlowNode[];
  onRemove: () => void;
}

const MAX_TARGETS = 5;

/** One EventBridge rule: name, pattern, state and up to five targets. */
export function RuleEditor({ index, rule, candidates, queues, onRemove }: RuleEditorProps) {
  const { commitAt } = useCommitAt();
  const path = ['rules', index] as const;
  const free = candidates.find((c) => !rule.targets.some((t) => t.nodeId === c.id)) ?? candidates[0];
  const addTarget = () =>
    free && commitAt([...path, 'targets'], [...rule.targets, { nodeId: free.id }], 'Targets');
  return (
    <div className="insp-card" data-testid={`inspector.rule.${index}`}>
      <div className="insp-card-head">
        <span>Rule {rule.name}</span>
        <button
          type="button"
          className="insp-icon-btn"
          aria-label={`Remove rule ${rule.name}`}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <TextField path={[...path, 'name']} label="Name" aws="Name" mono />
      <TextField path={[...path, 'description']} label="Description" aws="Description" />
      <SelectField
        path={[...path, 'state']}
        label="State"
        aws="State"
        def="ENABLED"
        options={enumOptions(['ENABLED', 'DISABLED'])}
      />
      <JsonField
        path={[...path, 'eventPattern']}
        label="Event pattern"
        aws="EventPattern"
        mode="object"
        rows={7}
        check={checkEventPattern}
        hint='Fields the event must have, values as arrays: {"source": ["shop"], "detail": {"total": [{"numeric": [">", 100]}]}}'
      />
      <div className="insp-subhead">
        Targets ({rule.targets.length}/{MAX_TARGETS})
      </div>
      {rule.targets.map((t, i) => (
        <TargetEditor
          key={i}
          path={[...path, 'targets', i]}
          target={t}
          index={i}
          candidates={candidates}
          queues={queues}
          onRemove={() =>
            commitAt(
              [...path, 'targets'],
              rule.targets.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      {candidates.length === 0 ? (
        <p className="fs-note">
          Connect this bus to a function, queue, topic, stream, bus or external service to add a target.
        </p>
      ) : (
        <button
          type="button"
          className="insp-add"
          data-testid={`inspector.add.rules.${index}.targets`}
          disabled={rule.targets.length >= MAX_TARGETS}
          onClick={addTarget}
        >
          + Add target
        </button>
      )}
    </div>
  );
}
