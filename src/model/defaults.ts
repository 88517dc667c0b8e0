import { FlowNode, Flow, FORMAT, FORMAT_VERSION } from './flow';
import { Edge } from './edges';
import type { NodeKind } from './flow';
import type { Position } from './common';
import { allowedEdgeTypes } from './kinds';
import type { EdgeType } from './edges';

/** A new node of a kind with AWS's defaults filled in. */
export function createNode(kind: NodeKind, id: string, label: string, position: Position): FlowNode {
  return FlowNode.parse({ id, kind, label, position, settings: {} });
}

/** A new edge between two kinds, with the default settings of its (first allowed) type. */
export function createEdge(id: string, source: string, target: string, type: EdgeType): Edge {
  return Edge.parse({ id, source, target, settings: { type } });
}

export function defaultEdgeType(source: NodeKind, target: NodeKind): EdgeType | null {
  return allowedEdgeTypes(source, target)[0] ?? null;
}

/** An empty flow, as File > New makes it. */
export function emptyFlow(name = 'Untitled flow'): Flow {
  return Flow.parse({ format: FORMAT, formatVersion: FORMAT_VERSION, name, nodes: [] });
}
