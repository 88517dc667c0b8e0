import { describe, expect, it } from 'vitest';
import { applyDocChanges } from '../../store/docChanges';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { createCanvasMapper } from './rfMapping';

const none = { nodeIds: [], edgeIds: [], noteIds: [] };
const doc: Flow = {
  ...emptyFlow(),
  nodes: [
    createNode('queue', 'q', 'Jobs', { x: 0, y: 0 }),
    createNode('function', 'f', 'Worker', { x: 300, y: 0 }),
  ],
  edges: [createEdge('e1', 'q', 'f', 'sqsMapping')],
  notes: [{ id: 'n1', text: 'Read me', position: { x: 0, y: -200 }, width: 240, height: 100, color: 'blue' }],
};

describe('createCanvasMapper', () => {
  it('maps cards, notes and edges with their data, size and selection', () => {
    const m = createCanvasMapper();
    const nodes = m.nodes(doc, { ...none, nodeIds: ['f'] }, new Map([['q', { width: 200, height: 80 }]]));
    expect(nodes.map((n) => [n.id, n.type, n.selected])).toEqual([
      ['n1', 'note', false],
      ['q', 'card', false],
      ['f', 'card', true],
    ]);
    expect(nodes[0]).toMatchObject({ width: 240, height: 100 });
    expect(nodes[1]!.measured).toEqual({ width: 200, height: 80 });
    expect(nodes[2]!.data).toMatchObject({ summary: ['128 MB · 3 s'] });
    const edges = m.edges(doc, none);
    expect(edges[0]).toMatchObject({
      id: 'e1',
      source: 'q',
      target: 'f',
      data: { look: { label: 'ESM · batch 10' } },
    });
  });

  it('keeps the identity of what did not change', () => {
    const m = createCanvasMapper();
    const measured = new Map();
    const first = m.nodes(doc, none, measured);
    const firstEdges = m.edges(doc, none);
    const moved = applyDocChanges(doc, [
      { type: 'moveNodes', moves: [{ id: 'f', position: { x: 400, y: 0 } }] },
    ]);
    const second = m.nodes(moved, none, measured);
    expect(second[1]).toBe(first[1]);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.position).toEqual({ x: 400, y: 0 });
    expect(m.edges(moved, none)[0]).toBe(firstEdges[0]);
    const selected = m.nodes(moved, { ...none, nodeIds: ['q'] }, measured);
    expect(selected[1]).not.toBe(second[1]);
    expect(selected[2]).toBe(second[2]);
  });

  it('updates a card when its connections change its summary', () => {
    const m = createCanvasMapper();
    const withTopic: Flow = {
      ...doc,
      nodes: [...doc.nodes, createNode('topic', 't', 'T', { x: 0, y: 300 })],
    };
    const before = m.nodes(withTopic, none, new Map());
    const after = m.nodes(
      { ...withTopic, edges: [...withTopic.edges, createEdge('e2', 't', 'f', 'subscription')] },
      none,
      new Map(),
    );
    expect(after[3]).not.toBe(before[3]);
    expect(after[3]!.data).toMatchObject({ summary: ['Standard · 1 subscription'] });
  });
});
