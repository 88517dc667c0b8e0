import type { FlowNode, NodeKind } from '../../model';
import type { BehaviourFactory } from '../core/types';
import { clientBehaviour } from './client';
import { functionBehaviour } from './function/function';
import { scheduleBehaviour } from './schedule';
import { sourceBehaviour } from './source';
import { unsimulatedBehaviour } from './unsimulated';
import { queueBehaviour } from './queue/queue';
import { topicBehaviour } from './topic/topic';
import { busBehaviour } from './bus/bus';
import { streamBehaviour } from './stream/stream';
import { apiBehaviour } from './api/api';
import { tableBehaviour } from './table/table';
import { bucketBehaviour } from './bucket/bucket';
import { externalBehaviour } from './external/external';

/** The behaviour of each node kind. Kinds missing here run as `unsimulated` (with a warning). */
export const BEHAVIOURS: Partial<Record<NodeKind, BehaviourFactory>> = {
  client: clientBehaviour,
  queue: queueBehaviour,
  topic: topicBehaviour,
  bus: busBehaviour,
  schedule: scheduleBehaviour,
  source: sourceBehaviour,
  function: functionBehaviour,
  stream: streamBehaviour,
  api: apiBehaviour,
  table: tableBehaviour,
  bucket: bucketBehaviour,
  external: externalBehaviour,
};

export function behaviourFor(
  node: FlowNode,
  registry: Partial<Record<NodeKind, BehaviourFactory>> = BEHAVIOURS,
): BehaviourFactory {
  return registry[node.kind] ?? unsimulatedBehaviour;
}

/** Whether a kind has a real behaviour. */
export function isSimulated(
  kind: NodeKind,
  registry: Partial<Record<NodeKind, BehaviourFactory>> = BEHAVIOURS,
): boolean {
  return registry[kind] !== undefined;
}
