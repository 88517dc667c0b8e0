import { describe, expect, it, beforeEach } from 'vitest';
import { createNode, emptyFlow, type Flow } from '../model';
import { applyDocChanges } from './docChanges';
import { useStore } from './index';

const fn = createNode('function', 'f1', 'Worker', { x: 0, y: 0 });
const q = createNode('queue', 'q1', 'Jobs', { x: 200, y: 0 });

describe('applyDocChanges', () => {
  it('never mutates its input and keeps untouched nodes by identity', () => {
    const flow: Flow = Object.freeze({ ...emptyFlow(), nodes: [fn, q] });
    Object.freeze(flow.nodes);
    const next = applyDocChanges(flow, [
      { type: 'moveNodes', moves: [{ id: 'f1', position: { x: 5, y: 6 } }] },
    ]);
    expect(flow.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(next.nodes[0]!.position).toEqual({ x: 5, y: 6 });
    expect(next.nodes[1]).toBe(q);
  });

  it('removing a node removes the edges that touch it', () => {
    const flow = {
      ...emptyFlow(),
      nodes: [fn, q],
      edges: [{ id: 'e1', source: 'q1', target: 'f1', settings: { type: 'invoke' as const } }],
    };
    const next = applyDocChanges(flow, [{ type: 'removeNodes', ids: ['f1'] }]);
    expect(next.nodes.map((n) => n.id)).toEqual(['q1']);
    expect(next.edges).toEqual([]);
  });
});

describe('document history', () => {
  beforeEach(() => useStore.getState().resetDocument(emptyFlow()));

  it('undo and redo a committed delete', () => {
    const s = useStore.getState();
    s.change({ type: 'addNodes', nodes: [fn, q] });
    s.change({ type: 'removeNodes', ids: ['q1'] });
    expect(useStore.getState().doc.nodes).toHaveLength(1);
    useStore.getState().undo();
    expect(useStore.getState().doc.nodes.map((n) => n.id)).toEqual(['f1', 'q1']);
    useStore.getState().redo();
    expect(useStore.getState().doc.nodes.map((n) => n.id)).toEqual(['f1']);
  });

  it('drag frames become one undo step when the drop commits', () => {
    const s = useStore.getState();
    s.change({ type: 'addNodes', nodes: [fn] });
    for (let x = 1; x <= 10; x++)
      s.change({ type: 'moveNodes', moves: [{ id: 'f1', position: { x, y: 0 } }] }, { commit: false });
    s.change({ type: 'moveNodes', moves: [{ id: 'f1', position: { x: 11, y: 0 } }] });
    expect(useStore.getState().past).toHaveLength(2);
    useStore.getState().undo();
    expect(useStore.getState().doc.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('a new edit after undo clears the redo stack', () => {
    const s = useStore.getState();
    s.change({ type: 'addNodes', nodes: [fn] });
    s.undo();
    useStore.getState().change({ type: 'addNodes', nodes: [q] });
    expect(useStore.getState().future).toEqual([]);
  });
});
