import type { Edge, Flow, FlowNode, NodeKind, NodeOfKind } from '../../model';
import type { FlowCheckers, Problem } from '../problems';

export interface Indexed<T> {
  item: T;
  index: number;
}

/** What every check reads: the flow, indexes built once (checks stay linear), and `report`. */
export interface CheckContext {
  flow: Flow;
  checkers: FlowCheckers;
  /** First node with each id (duplicates are reported separately). */
  nodes: Map<string, Indexed<FlowNode>>;
  edgesFrom: Map<string, Indexed<Edge>[]>;
  report(problem: Problem): void;
}

export function buildContext(flow: Flow, checkers: FlowCheckers, problems: Problem[]): CheckContext {
  const nodes = new Map<string, Indexed<FlowNode>>();
  flow.nodes.forEach((item, index) => {
    if (!nodes.has(item.id)) nodes.set(item.id, { item, index });
  });
  const edgesFrom = new Map<string, Indexed<Edge>[]>();
  flow.edges.forEach((item, index) => {
    const list = edgesFrom.get(item.source);
    if (list) list.push({ item, index });
    else edgesFrom.set(item.source, [{ item, index }]);
  });
  return { flow, checkers, nodes, edgesFrom, report: (p) => problems.push(p) };
}

export const nodePath = (index: number, rest = '') => `nodes[${index}]${rest}`;
export const edgePath = (index: number, rest = '') => `edges[${index}]${rest}`;

export function nodesOfKind<K extends NodeKind>(ctx: CheckContext, kind: K): Indexed<NodeOfKind<K>>[] {
  const out: Indexed<NodeOfKind<K>>[] = [];
  ctx.flow.nodes.forEach((item, index) => {
    if (item.kind === kind) out.push({ item: item as NodeOfKind<K>, index });
  });
  return out;
}

/** How a node is named in messages: its label in quotes. */
export const nameOf = (node: FlowNode | undefined, id: string) => (node ? `"${node.label}"` : `"${id}"`);

export function kindOf<K extends NodeKind>(
  ctx: CheckContext,
  id: string,
  kind: K,
): NodeOfKind<K> | undefined {
  const n = ctx.nodes.get(id)?.item;
  return n?.kind === kind ? (n as NodeOfKind<K>) : undefined;
}

export const isFifoQueue = (node: FlowNode | undefined) => node?.kind === 'queue' && node.settings.fifoQueue;
