import { describe, expect, it } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { EdgePaths } from './edgePaths';
import { pointAt } from './pathGeometry';

/** A measured card as React Flow keeps it: its target handle on the left, its source on the right. */
function card(id: string, x: number, y: number): InternalNode {
  const handle = (type: 'source' | 'target', hx: number) => ({
    id: null,
    nodeId: id,
    type,
    position: type === 'source' ? 'right' : 'left',
    x: hx,
    y: 34,
    width: 12,
    height: 12,
  });
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width: 200, height: 80 },
    internals: {
      positionAbsolute: { x, y },
      z: 0,
      userNode: { id, position: { x, y }, data: {} },
      handleBounds: { source: [handle('source', 194)], target: [handle('target', -7)] },
    },
  } as unknown as InternalNode;
}

describe('EdgePaths', () => {
  it('runs from the source handle to the target handle', () => {
    const s = new EdgePaths().get('e', card('a', 0, 0), card('b', 400, 100))!;
    const start = pointAt(s, 0);
    const end = pointAt(s, 1);
    expect([start.x, start.y]).toEqual([206, 40]);
    expect([end.x, end.y]).toEqual([393, 140]);
  });

  it('keeps a curve until one of its ends moves', () => {
    const paths = new EdgePaths();
    const a = card('a', 0, 0);
    const first = paths.get('e', a, card('b', 400, 100));
    expect(paths.get('e', a, card('b', 400, 100))).toBe(first);
    const moved = paths.get('e', a, card('b', 400, 300))!;
    expect(moved).not.toBe(first);
    expect(pointAt(moved, 1).y).toBe(340);
  });

  it('has no curve when an end is missing', () => {
    expect(new EdgePaths().get('e', card('a', 0, 0), undefined)).toBeNull();
  });
});
