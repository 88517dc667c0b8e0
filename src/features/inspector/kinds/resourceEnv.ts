import type { FlowNode, RunSettings } from '../../../model';
import { connectedTargets, type FormEnv } from './env';

/** An environment variable that tells handler code how to address a connected resource. */
export interface ResourceEnvVar {
  nodeId: string;
  label: string;
  name: string;
  value: string;
}

// The identifier each SDK call takes, as SAM templates usually pass it (Ref / GetAtt).
const SUFFIX: Partial<Record<FlowNode['kind'], string>> = {
  table: 'TABLE_NAME',
  queue: 'QUEUE_URL',
  topic: 'TOPIC_ARN',
  bus: 'EVENT_BUS_NAME',
  stream: 'STREAM_NAME',
  bucket: 'BUCKET_NAME',
  function: 'FUNCTION_NAME',
};

function identifier(node: FlowNode, run: Pick<RunSettings, 'region' | 'accountId'>): string {
  if (node.kind === 'queue') return `https://sqs.${run.region}.amazonaws.com/${run.accountId}/${node.id}`;
  if (node.kind === 'topic') return `arn:aws:sns:${run.region}:${run.accountId}:${node.id}`;
  return node.id;
}

// "Orders table" + TABLE_NAME gives ORDERS_TABLE_NAME, not ORDERS_TABLE_TABLE_NAME.
const KIND_WORD = /_(TABLE|QUEUE|TOPIC|BUS|STREAM|BUCKET|FUNCTION)$/;

const envName = (label: string, suffix: string) => {
  let base = label
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const word = KIND_WORD.exec(base);
  if (word && suffix.includes(word[1]!)) base = base.slice(0, -word[0].length);
  return /^[A-Z]/.test(base) ? `${base}_${suffix}` : suffix;
};

/**
 * Variables the function could add for the resources it is connected to and does not
 * reference yet (no existing value names the resource). Names are unique.
 */
export function suggestResourceEnv(
  env: FormEnv,
  run: Pick<RunSettings, 'region' | 'accountId'>,
  current: Readonly<Record<string, string>>,
): ResourceEnvVar[] {
  const values = Object.values(current);
  const taken = new Set(Object.keys(current));
  const out: ResourceEnvVar[] = [];
  for (const node of connectedTargets(env)) {
    const suffix = SUFFIX[node.kind];
    if (!suffix) continue;
    const value = identifier(node, run);
    if (values.some((v) => v === value || v === node.id)) continue;
    let name = envName(node.label, suffix);
    for (let i = 2; taken.has(name); i++) name = `${envName(node.label, suffix)}_${i}`;
    taken.add(name);
    out.push({ nodeId: node.id, label: node.label, name, value });
  }
  return out;
}
