import { describe, expect, it } from 'vitest';
import { createNode } from '../../model';
import { freeSpot, newNode } from './newNode';
import { paletteGroups } from './paletteGroups';

describe('paletteGroups', () => {
  it('lists all twelve kinds in four groups, producers first', () => {
    const groups = paletteGroups();
    expect(groups.map((g) => g.title)).toEqual(['Producers', 'Routers', 'Compute', 'Stores']);
    expect(groups.flatMap((g) => g.items)).toHaveLength(12);
  });

  it('filters by title, service or kind, dropping empty groups', () => {
    expect(paletteGroups('sqs').flatMap((g) => g.items.map((i) => i.kind))).toEqual(['queue']);
    expect(paletteGroups('LAMBDA').map((g) => g.title)).toEqual(['Compute']);
    expect(paletteGroups('nothing like this')).toEqual([]);
  });
});

describe('newNode', () => {
  it('numbers ids and labels one past the highest of the kind', () => {
    const existing = [
      createNode('function', 'function2', 'F', { x: 0, y: 0 }),
      createNode('queue', 'queue7', 'Q', { x: 0, y: 0 }),
    ];
    const n = newNode('function', existing, { x: 5, y: 6 });
    expect([n.id, n.label, n.position]).toEqual(['function3', 'Function 3', { x: 5, y: 6 }]);
    expect(newNode('topic', existing, { x: 0, y: 0 }).id).toBe('topic1');
  });

  it('steps away from a spot that is already taken', () => {
    const existing = [
      createNode('function', 'f', 'F', { x: 0, y: 0 }),
      createNode('function', 'g', 'G', { x: 40, y: 30 }),
    ];
    expect(freeSpot({ x: 5, y: 0 }, existing)).toEqual({ x: 69, y: 64 });
    expect(freeSpot({ x: 200, y: 0 }, existing)).toEqual({ x: 200, y: 0 });
  });
});
