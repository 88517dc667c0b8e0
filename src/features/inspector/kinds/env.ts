import type { Edge, FlowNode } from '../../../model';

/** What a kind's form may need besides its own settings: the graph around the node. */
export interface FormEnv {
  node: FlowNode;
  nodes: readonly FlowNode[];
  edges: readonly Edge[];
}

/** Nodes this node has an edge to (a bus rule can only target these). */
export function connectedTargets(env: FormEnv): FlowNode[] {
  const ids = new Set(env.edges.filter((e) => e.source === env.node.id).map((e) => e.target));
  return env.nodes.filter((n) => ids.has(n.id));
}

export const nodesOfKind = (env: Pick<FormEnv, 'nodes'>, ...kinds: FlowNode['kind'][]) =>
  env.nodes.filter((n) => kinds.includes(n.kind));
