import { useCallback } from 'react';
import type { Connection, FinalConnectionState, IsValidConnection, OnConnectEnd } from '@xyflow/react';
import { createEdge, type FlowNode } from '../../model';
import { useStore } from '../../store';
import { checkConnection } from './connection';
import { nextId } from '../../lib/ids';

export interface Refusal {
  reason: string;
  /** Viewport coordinates of the drop. */
  clientX: number;
  clientY: number;
  seq: number;
}

const byIdCache = new WeakMap<readonly FlowNode[], Map<string, FlowNode>>();
function nodesById(nodes: readonly FlowNode[]): Map<string, FlowNode> {
  let map = byIdCache.get(nodes);
  if (!map) byIdCache.set(nodes, (map = new Map(nodes.map((n) => [n.id, n]))));
  return map;
}

function check(source: string, target: string) {
  const { doc } = useStore.getState();
  return checkConnection(nodesById(doc.nodes), doc.edges, source, target);
}

function connect(source: string, target: string): void {
  const result = check(source, target);
  if (!result.ok) return;
  const { doc, change, select } = useStore.getState();
  const id = nextId(
    'edge',
    doc.edges.map((e) => e.id),
  );
  change({ type: 'addEdges', edges: [createEdge(id, source, target, result.type)] });
  select({ edgeIds: [id] });
}

/**
 * Connecting by dragging a handle: what the kinds refuse shows as invalid while dragging, and
 * on drop the reason is told (a toast and `onRefuse` for a note by the pointer). Dropping on
 * a node's body, not just its handle, connects too.
 */
export function useConnect(onRefuse: (r: Omit<Refusal, 'seq'>) => void) {
  const isValidConnection: IsValidConnection = useCallback((c) => check(c.source, c.target).ok, []);

  const onConnect = useCallback((c: Connection) => connect(c.source, c.target), []);

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const under = document
        .elementFromPoint(point.clientX, point.clientY)
        ?.closest<HTMLElement>('.react-flow__node');
      const otherId = state.toNode?.id ?? under?.dataset.id ?? null;
      const fromId = state.fromNode.id;
      if (!otherId || (otherId === fromId && !state.toHandle)) return;
      const fromSource = state.fromHandle?.type !== 'target';
      const [source, target] = fromSource ? [fromId, otherId] : [otherId, fromId];
      const { doc, notify } = useStore.getState();
      if (doc.notes.some((n) => n.id === otherId)) return;
      const result = check(source, target);
      if (result.ok) {
        connect(source, target);
        return;
      }
      notify({ tone: 'error', title: result.reason });
      onRefuse({ reason: result.reason, clientX: point.clientX, clientY: point.clientY });
    },
    [onRefuse],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
