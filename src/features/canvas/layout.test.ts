import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { layoutToChanges, toElkGraph } from './layout';

const doc: Flow = {
  ...emptyFlow(),
  // Drawn right to left on purpose: the layout must put the producer first.
  nodes: [
    createNode('function', 'f', 'F', { x: 0, y: 0 }),
    createNode('queue', 'q', 'Q', { x: 100, y: 400 }),
    createNode('client', 'c', 'C', { x: 900, y: 0 }),
  ],
  edges: [createEdge('e1', 'c', 'q', 'invoke'), createEdge('e2', 'q', 'f', 'sqsMapping')],
};

describe('auto-layout', () => {
  it('lays out left to right and keeps the top-left corner', async () => {
    const laidOut = await new ELK().layout(toElkGraph(doc, new Map()));
    const changes = layoutToChanges(doc, laidOut);
    expect(changes).toHaveLength(1);
    const c = changes[0]!;
    if (c.type !== 'moveNodes') throw new Error('expected moveNodes');
    const x = new Map(c.moves.map((m) => [m.id, m.position.x]));
    expect(x.get('c')!).toBeLessThan(x.get('q')!);
    expect(x.get('q')!).toBeLessThan(x.get('f')!);
    expect(Math.min(...c.moves.map((m) => m.position.x))).toBe(0);
    expect(Math.min(...c.moves.map((m) => m.position.y))).toBe(0);
  });

  it('gives no change when nothing moves', () => {
    const same = {
      id: 'root',
      children: doc.nodes.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y })),
    };
    expect(layoutToChanges(doc, same)).toEqual([]);
  });
});
