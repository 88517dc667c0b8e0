import type { Flow } from '../src/model';
import { buildFlow } from '../src/sim';

type Spec = Parameters<typeof buildFlow>[0];

/**
 * A flow of `groups` x 8 nodes (200 for 25): per group an HTTP client -> API -> function, and
 * a second client -> topic -> queue -> function, the topic also feeding a function directly. Each client sends `rate` req/s.
 * Laid out on a grid so the canvas has something to pan across.
 */
export function bigFlow(groups = 25, rate = 20): Flow {
  const nodes: Spec['nodes'] = [];
  const edges: NonNullable<Spec['edges']> = [];
  const cols = 5;
  for (let g = 0; g < groups; g++) {
    const id = (s: string) => `${s}${g}`;
    nodes.push(
      { id: id('web'), kind: 'client', settings: { load: { type: 'poisson', rate } } },
      { id: id('api'), kind: 'api' },
      { id: id('handle'), kind: 'function' },
      { id: id('orders'), kind: 'client', settings: { load: { type: 'poisson', rate } } },
      { id: id('topic'), kind: 'topic' },
      { id: id('billingQ'), kind: 'queue' },
      { id: id('bill'), kind: 'function' },
      { id: id('notify'), kind: 'function' },
    );
    edges.push(
      { source: id('web'), target: id('api'), settings: { type: 'invoke' } },
      { source: id('api'), target: id('handle'), settings: { type: 'integration' } },
      { source: id('orders'), target: id('topic'), settings: { type: 'invoke' } },
      { source: id('topic'), target: id('billingQ'), settings: { type: 'subscription' } },
      { source: id('topic'), target: id('notify'), settings: { type: 'subscription' } },
      { source: id('billingQ'), target: id('bill'), settings: { type: 'sqsMapping' } },
    );
  }
  const flow = buildFlow({ name: `${groups * 8} nodes`, nodes, edges, run: { durationSeconds: 3600 } });
  // Grid positions: each group is a 3-column block.
  const at: Record<string, [number, number]> = {
    web: [0, 0],
    api: [260, 0],
    handle: [520, 0],
    orders: [0, 160],
    topic: [260, 160],
    billingQ: [520, 130],
    bill: [780, 130],
    notify: [520, 260],
  };
  flow.nodes.forEach((n) => {
    const m = /^([a-zA-Z]+)(\d+)$/.exec(n.id)!;
    const g = Number(m[2]);
    const [x, y] = at[m[1]!]!;
    n.position = { x: (g % cols) * 1100 + x, y: Math.floor(g / cols) * 420 + y };
  });
  return flow;
}
