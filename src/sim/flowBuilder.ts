import { Flow, FORMAT, FORMAT_VERSION, type FlowInput } from '../model';

type NodeInput = FlowInput['nodes'][number];
type EdgeInput = NonNullable<FlowInput['edges']>[number];

/**
 * Builds a valid flow from terse node and edge specs (tests, benchmarks, examples):
 * positions are filled in, settings get AWS defaults from the model.
 */
export function buildFlow(spec: {
  name?: string;
  nodes: Array<Omit<NodeInput, 'position' | 'label'> & { label?: string }>;
  edges?: Array<Omit<EdgeInput, 'id'> & { id?: string }>;
  run?: FlowInput['run'];
}): Flow {
  return Flow.parse({
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    name: spec.name ?? 'Test flow',
    nodes: spec.nodes.map((n, i) => ({ ...n, label: n.label ?? n.id, position: { x: i * 200, y: 0 } })),
    edges: (spec.edges ?? []).map((e, i) => ({ ...e, id: e.id ?? `e${i}` })),
    run: spec.run ?? {},
  });
}
