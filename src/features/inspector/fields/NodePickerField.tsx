import { KIND_INFO, type FlowNode } from '../../../model';
import { useForm } from '../form/FormContext';
import { getAt } from '../form/paths';
import { SelectField, type SelectOption } from './SelectField';
import type { FieldProps } from './types';

export interface NodePickerFieldProps extends FieldProps {
  /** The nodes that may be chosen (already filtered: connected targets, queues...). */
  nodes: readonly FlowNode[];
  /** Shown for null; omit when a node must be chosen. */
  noneLabel?: string;
}

/** Chooses a node of the flow by id, shown by label and kind. */
export function NodePickerField({ nodes, noneLabel, ...field }: NodePickerFieldProps) {
  const current = getAt(useForm().value, field.path);
  const options: SelectOption[] = [
    ...(noneLabel !== undefined ? [{ value: null, label: noneLabel }] : []),
    ...nodes.map((n) => ({ value: n.id, label: `${n.label} (${KIND_INFO[n.kind].title.toLowerCase()})` })),
  ];
  // A reference the picker cannot offer stays visible, so it is fixed rather than hidden.
  if (typeof current === 'string' && !nodes.some((n) => n.id === current)) {
    options.push({
      value: current,
      label: `${current} (not available: missing, wrong kind or not connected)`,
    });
  }
  return <SelectField {...field} options={options} />;
}
