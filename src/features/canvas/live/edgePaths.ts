import { Position, type InternalNode } from '@xyflow/react';
import { flowEdgePath } from './edgePath';
import { handlePoint, samplePath, type Box, type PathSamples, type Side } from './pathGeometry';

/** A card not measured yet (off screen in a large flow) is taken as about this big. */
const UNMEASURED = { width: 200, height: 64 };

export function nodeBox(n: InternalNode): Box {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? n.width ?? UNMEASURED.width,
    height: n.measured.height ?? n.height ?? UNMEASURED.height,
  };
}

function end(n: InternalNode, type: 'source' | 'target') {
  const h = n.internals.handleBounds?.[type]?.[0] ?? null;
  const fallback: Side = type === 'source' ? Position.Right : Position.Left;
  const side = (h?.position ?? fallback) as Side;
  return { point: handlePoint(nodeBox(n), h && { ...h, side }, fallback), side };
}

interface Entry {
  key: [number, number, number, number];
  samples: PathSamples | null;
}

/** Each edge's sampled curve, built again only when one of its ends moved. */
export class EdgePaths {
  private cache = new Map<string, Entry>();

  get(
    edgeId: string,
    source: InternalNode | undefined,
    target: InternalNode | undefined,
  ): PathSamples | null {
    if (!source || !target) return null;
    const s = end(source, 'source');
    const t = end(target, 'target');
    const key: Entry['key'] = [s.point.x, s.point.y, t.point.x, t.point.y];
    const hit = this.cache.get(edgeId);
    if (hit && hit.key.every((v, i) => v === key[i])) return hit.samples;
    const [d] = flowEdgePath({
      sourceX: s.point.x,
      sourceY: s.point.y,
      targetX: t.point.x,
      targetY: t.point.y,
      sourcePosition: s.side as Position,
      targetPosition: t.side as Position,
    });
    let samples: PathSamples | null = null;
    try {
      samples = samplePath(d);
    } catch (e) {
      // A curve the sampler cannot follow loses its dots, not the whole frame loop.
      console.warn(`No dots on edge ${edgeId}:`, e);
    }
    this.cache.set(edgeId, { key, samples });
    return samples;
  }

  clear(): void {
    this.cache.clear();
  }
}
