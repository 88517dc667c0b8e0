import { describe, expect, it } from 'vitest';
import { interpretEdgeChanges, interpretNodeChanges } from './nodeChanges';

const none = { nodeIds: [], edgeIds: [], noteIds: [] };
const notes = new Set(['note1']);

describe('interpretNodeChanges', () => {
  it('turns drag frames into uncommitted moves and the drop into a commit', () => {
    const frame = interpretNodeChanges(
      [{ type: 'position', id: 'f', position: { x: 10.4, y: 5 }, dragging: true }],
      notes,
      none,
      new Map(),
    );
    expect(frame).toMatchObject({
      doc: [{ type: 'moveNodes', moves: [{ id: 'f', position: { x: 10, y: 5 } }] }],
      commit: false,
    });
    const drop = interpretNodeChanges(
      [{ type: 'position', id: 'f', position: { x: 12, y: 5 }, dragging: false }],
      notes,
      none,
      new Map(),
    );
    expect(drop.commit).toBe(true);
  });

  it('moves and resizes notes through note patches', () => {
    const r = interpretNodeChanges(
      [
        { type: 'position', id: 'note1', position: { x: 1, y: 2 } },
        {
          type: 'dimensions',
          id: 'note1',
          dimensions: { width: 50, height: 300 },
          resizing: true,
          setAttributes: true,
        },
      ],
      notes,
      none,
      new Map(),
    );
    expect(r.doc).toEqual([
      { type: 'updateNote', id: 'note1', patch: { position: { x: 1, y: 2 }, width: 80, height: 300 } },
    ]);
    expect(r.commit).toBe(false);
  });

  it('records measured sizes only when they change, without touching the document', () => {
    const measured = new Map([['f', { width: 200, height: 80 }]]);
    const same = interpretNodeChanges(
      [{ type: 'dimensions', id: 'f', dimensions: { width: 200, height: 80 } }],
      notes,
      none,
      measured,
    );
    expect(same.measured).toBeNull();
    const grown = interpretNodeChanges(
      [{ type: 'dimensions', id: 'f', dimensions: { width: 200, height: 96 } }],
      notes,
      none,
      measured,
    );
    expect(grown.measured!.get('f')).toEqual({ width: 200, height: 96 });
    expect(grown.doc).toEqual([]);
  });

  it('splits selection between cards and notes and keeps the edges', () => {
    const start = { nodeIds: ['a'], edgeIds: ['e1'], noteIds: [] };
    const r = interpretNodeChanges(
      [
        { type: 'select', id: 'a', selected: false },
        { type: 'select', id: 'b', selected: true },
        { type: 'select', id: 'note1', selected: true },
      ],
      notes,
      start,
      new Map(),
    );
    expect(r.selection).toEqual({ nodeIds: ['b'], edgeIds: ['e1'], noteIds: ['note1'] });
  });
});

describe('interpretEdgeChanges', () => {
  it('selects edges and ignores removals', () => {
    expect(interpretEdgeChanges([{ type: 'select', id: 'e2', selected: true }], none)).toEqual({
      ...none,
      edgeIds: ['e2'],
    });
    expect(interpretEdgeChanges([{ type: 'remove', id: 'e2' }], none)).toBeNull();
  });
});
