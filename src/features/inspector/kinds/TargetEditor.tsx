import type { FlowNode, RuleTarget } from '../../../model';
import { JsonField } from '../fields/JsonField';
import { KeyValueField } from '../fields/KeyValueField';
import { NodePickerField } from '../fields/NodePickerField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { useCommitAt } from '../form/useCommitAt';
import type { Path } from '../form/paths';
import { describeSeconds } from '../form/parse';

type InputMode = 'event' | 'input' | 'inputPath' | 'inputTransformer';

const modeOf = (t: RuleTarget): InputMode =>
  t.input !== null
    ? 'input'
    : t.inputPath !== null
      ? 'inputPath'
      : t.inputTransformer !== null
        ? 'inputTransformer'
        : 'event';

const CLEARED = { input: null, inputPath: null, inputTransformer: null };
const START: Record<InputMode, Partial<RuleTarget>> = {
  event: {},
  input: { input: '{}' },
  inputPath: { inputPath: '$.detail' },
  inputTransformer: {
    inputTransformer: { inputPathsMap: { id: '$.detail.id' }, inputTemplate: '{"id": <id>}' },
  },
};

export interface TargetEditorProps {
  path: Path;
  target: RuleTarget;
  index: number;
  candidates: readonly FlowNode[];
  queues: readonly FlowNode[];
  onRemove: () => void;
}

/** One rule target: where it goes, what input it gets, how delivery is retried. */
export function TargetEditor({ path, target, index, candidates, queues, onRemove }: TargetEditorProps) {
  const { commitAt } = useCommitAt();
  const mode = modeOf(target);
  const key = path.join('.');
  return (
    <div className="insp-card insp-card-nested">
      <div className="insp-card-head">
        <span>Target {index + 1}</span>
        <button
          type="button"
          className="insp-icon-btn"
          aria-label={`Remove target ${index + 1}`}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <NodePickerField
        path={[...path, 'nodeId']}
        label="Target"
        aws="Targets[].Arn"
        nodes={candidates}
        hint="a node this bus is connected to"
      />
      <div className="fs-field">
        <div className="fs-label-row">
          <label className="fs-label" htmlFor={`insp-${key}-mode`}>
            Input to target
          </label>
        </div>
        <select
          id={`insp-${key}-mode`}
          data-testid={`inspector.field.${key}.inputMode`}
          value={mode}
          onChange={(e) =>
            commitAt(path, { ...target, ...CLEARED, ...START[e.target.value as InputMode] }, 'Input')
          }
        >
          <option value="event">Matched event</option>
          <option value="input">Constant (JSON text)</option>
          <option value="inputPath">Part of the matched event (InputPath)</option>
          <option value="inputTransformer">Input transformer</option>
        </select>
      </div>
      {mode === 'input' && (
        <JsonField path={[...path, 'input']} label="Constant input" aws="Input" mode="text" rows={3} />
      )}
      {mode === 'inputPath' && (
        <TextField
          path={[...path, 'inputPath']}
          label="Input path"
          aws="InputPath"
          mono
          hint="JSONPath into the event, e.g. $.detail"
        />
      )}
      {mode === 'inputTransformer' && (
        <>
          <KeyValueField
            path={[...path, 'inputTransformer', 'inputPathsMap']}
            label="Input paths"
            aws="InputPathsMap"
            noun="variable"
            keyPlaceholder="name"
            hint="variable → JSONPath, e.g. id → $.detail.id"
          />
          <TextField
            path={[...path, 'inputTransformer', 'inputTemplate']}
            label="Input template"
            aws="InputTemplate"
            multiline
            rows={3}
            mono
            hint="Use <name> for a variable; reserved: <aws.events.rule-name>, <aws.events.event>, <aws.events.event.json>, <aws.events.event.ingestion-time>"
          />
        </>
      )}
      <NumberField
        path={[...path, 'retryPolicy', 'maximumEventAgeInSeconds']}
        label="Maximum age of event"
        unit="s"
        aws="MaximumEventAgeInSeconds"
        def="86,400 s (24 h)"
        describe={describeSeconds}
      />
      <NumberField
        path={[...path, 'retryPolicy', 'maximumRetryAttempts']}
        label="Retry attempts"
        aws="MaximumRetryAttempts"
        def="185"
      />
      <NodePickerField
        path={[...path, 'deadLetterQueue']}
        label="Dead-letter queue"
        aws="DeadLetterConfig.Arn"
        nodes={queues}
        noneLabel="None (events are dropped)"
        hint="a standard queue"
      />
    </div>
  );
}
