import type { Edge, EdgeSettings, Flow, FlowNode, Note, Position, RunSettings } from '../model';

/**
 * An edit of the flow document as data (xyflow's NodeChange is the model). Every edit goes
 * through `applyDocChanges`, so undo, autosave and tests see the same thing.
 */
export type DocChange =
  | { type: 'replace'; flow: Flow }
  | { type: 'setInfo'; name?: string; description?: string }
  | { type: 'setRun'; run: Partial<RunSettings> }
  | { type: 'addNodes'; nodes: FlowNode[] }
  | { type: 'removeNodes'; ids: string[] }
  | { type: 'moveNodes'; moves: Array<{ id: string; position: Position }> }
  | { type: 'updateNode'; id: string; label?: string; description?: string; settings?: FlowNode['settings'] }
  | { type: 'addEdges'; edges: Edge[] }
  | { type: 'removeEdges'; ids: string[] }
  | { type: 'updateEdge'; id: string; settings: EdgeSettings }
  | { type: 'addNotes'; notes: Note[] }
  | { type: 'updateNote'; id: string; patch: Partial<Omit<Note, 'id'>> }
  | { type: 'removeNotes'; ids: string[] };

/** Applies changes without mutating `flow`; unchanged nodes keep their identity. */
export function applyDocChanges(flow: Flow, changes: readonly DocChange[]): Flow {
  return changes.reduce(applyOne, flow);
}

function applyOne(flow: Flow, c: DocChange): Flow {
  switch (c.type) {
    case 'replace':
      return c.flow;
    case 'setInfo':
      return { ...flow, name: c.name ?? flow.name, description: c.description ?? flow.description };
    case 'setRun':
      return { ...flow, run: { ...flow.run, ...c.run } };
    case 'addNodes':
      return { ...flow, nodes: [...flow.nodes, ...c.nodes] };
    case 'removeNodes': {
      const gone = new Set(c.ids);
      return {
        ...flow,
        nodes: flow.nodes.filter((n) => !gone.has(n.id)),
        edges: flow.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
      };
    }
    case 'moveNodes': {
      const to = new Map(c.moves.map((m) => [m.id, m.position]));
      return {
        ...flow,
        nodes: flow.nodes.map((n) => (to.has(n.id) ? { ...n, position: to.get(n.id)! } : n)),
      };
    }
    case 'updateNode':
      return {
        ...flow,
        nodes: flow.nodes.map((n) =>
          n.id !== c.id
            ? n
            : ({
                ...n,
                label: c.label ?? n.label,
                description: c.description ?? n.description,
                settings: c.settings ?? n.settings,
              } as FlowNode),
        ),
      };
    case 'addEdges':
      return { ...flow, edges: [...flow.edges, ...c.edges] };
    case 'removeEdges': {
      const gone = new Set(c.ids);
      return { ...flow, edges: flow.edges.filter((e) => !gone.has(e.id)) };
    }
    case 'updateEdge':
      return { ...flow, edges: flow.edges.map((e) => (e.id === c.id ? { ...e, settings: c.settings } : e)) };
    case 'addNotes':
      return { ...flow, notes: [...flow.notes, ...c.notes] };
    case 'updateNote':
      return { ...flow, notes: flow.notes.map((n) => (n.id === c.id ? { ...n, ...c.patch } : n)) };
    case 'removeNotes': {
      const gone = new Set(c.ids);
      return { ...flow, notes: flow.notes.filter((n) => !gone.has(n.id)) };
    }
  }
}
