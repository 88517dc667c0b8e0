import { getBezierPath, type Position } from '@xyflow/react';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** The curve an edge draws: FlowEdge and the dots both use it, so dots ride on the line. */
export function flowEdgePath(ends: EdgeEnds): [path: string, labelX: number, labelY: number] {
  const [path, labelX, labelY] = getBezierPath(ends);
  return [path, labelX, labelY];
}
