import { nextId } from '../../lib/ids';
import { createNode, KIND_INFO, type FlowNode, type NodeKind, type Position } from '../../model';

/**
 * A new node of `kind` with a readable unique id (`function3`: one past the highest number
 * taken) and a matching label ("Function 3").
 */
export function newNode(kind: NodeKind, existing: readonly FlowNode[], position: Position): FlowNode {
  const id = nextId(
    kind,
    existing.map((n) => n.id),
  );
  return createNode(kind, id, `${KIND_INFO[kind].title} ${id.slice(kind.length)}`, position);
}

/**
 * `wanted`, or the first spot down and to the right of it where no node starts close by, so
 * nodes added one after another do not hide each other.
 */
export function freeSpot(wanted: Position, existing: readonly FlowNode[], step = 32): Position {
  const near = (p: Position) =>
    existing.some((n) => Math.abs(n.position.x - p.x) < step && Math.abs(n.position.y - p.y) < step);
  let p = wanted;
  for (let i = 0; i < 200 && near(p); i++) p = { x: p.x + step, y: p.y + step };
  return p;
}
