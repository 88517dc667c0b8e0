import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import { GALLERY_THUMBNAIL, layoutThumbnail, thumbnailSource, type ThumbnailSource } from './thumbnail';

const box = { width: 300, height: 100, padding: 10, card: { width: 200, height: 80 }, maxScale: 1 };
const node = (id: string, x: number, y: number) => ({ id, category: 'compute' as const, x, y });

describe('layoutThumbnail', () => {
  it('fits a wide flow to the width, keeps its proportions and centres it vertically', () => {
    // Bounds: x 0..1200 (1000 + card 200), y 0..80: width limits the scale.
    const source: ThumbnailSource = { nodes: [node('a', 0, 0), node('b', 1000, 0)], edges: [] };
    const t = layoutThumbnail(source, box);
    expect(t.scale).toBeCloseTo(280 / 1200);
    expect(t.nodes[0]).toMatchObject({ x: 10, width: 46.7, height: 18.7 });
    expect(t.nodes[1]!.x + t.nodes[1]!.width).toBeCloseTo(290, 0);
    expect(t.nodes[0]!.y).toBeCloseTo((100 - 80 * t.scale) / 2, 1);
    // Same scale on both axes: a card keeps the canvas card's 200:80 shape.
    expect(t.nodes[0]!.width / t.nodes[0]!.height).toBeCloseTo(2.5, 1);
  });

  it('fits a tall flow to the height and centres it horizontally', () => {
    const source: ThumbnailSource = { nodes: [node('a', 0, 0), node('b', 0, 720)], edges: [] };
    const t = layoutThumbnail(source, box);
    expect(t.scale).toBeCloseTo(80 / 800);
    expect(t.nodes[0]!.y).toBe(10);
    expect(t.nodes[1]!.y + t.nodes[1]!.height).toBeCloseTo(90, 0);
    expect(t.nodes[0]!.x).toBeCloseTo((300 - 20) / 2, 0);
  });

  it('does not blow a single node up past maxScale, and places flows anywhere on the plane', () => {
    const t = layoutThumbnail({ nodes: [node('a', -5000, 3000)], edges: [] }, { ...box, maxScale: 0.25 });
    expect(t.scale).toBe(0.25);
    expect(t.nodes[0]).toEqual({ id: 'a', category: 'compute', x: 125, y: 40, width: 50, height: 20 });
  });

  it('joins facing sides: right to left for a target further right, bottom to top below', () => {
    const source: ThumbnailSource = {
      nodes: [node('a', 0, 0), node('b', 400, 0), node('c', 0, 200)],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'a', target: 'c' },
      ],
    };
    const t = layoutThumbnail(source, { ...box, height: 300, padding: 0 });
    const [a, b, c] = t.nodes;
    expect(t.edges[0]).toEqual({
      x1: a!.x + a!.width,
      y1: a!.y + a!.height / 2,
      x2: b!.x,
      y2: b!.y + b!.height / 2,
    });
    expect(t.edges[1]).toEqual({
      x1: b!.x,
      y1: b!.y + b!.height / 2,
      x2: a!.x + a!.width,
      y2: a!.y + a!.height / 2,
    });
    expect(t.edges[2]).toMatchObject({ y1: a!.y + a!.height, y2: c!.y });
  });

  it('leaves out edges to unknown nodes and loops, and draws nothing for an empty flow', () => {
    const t = layoutThumbnail(
      {
        nodes: [node('a', 0, 0)],
        edges: [
          { source: 'a', target: 'gone' },
          { source: 'a', target: 'a' },
        ],
      },
      box,
    );
    expect(t.edges).toEqual([]);
    expect(layoutThumbnail({ nodes: [], edges: [] }, box)).toMatchObject({ nodes: [], edges: [], scale: 0 });
  });
});

describe('thumbnails of the shipped examples', () => {
  const dir = path.resolve(import.meta.dirname, '../../../public/examples');
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { file: string }[];

  it.each(index.map((e) => e.file))('%s: every card inside the box, every edge drawn', (file) => {
    const loaded = parseFlowFile(readFileSync(path.join(dir, file), 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const t = layoutThumbnail(thumbnailSource(loaded.value), GALLERY_THUMBNAIL);
    const { width, height, padding } = GALLERY_THUMBNAIL;
    expect(t.nodes).toHaveLength(loaded.value.nodes.length);
    expect(t.edges).toHaveLength(loaded.value.edges.filter((e) => e.source !== e.target).length);
    for (const n of t.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(padding - 0.1);
      expect(n.y).toBeGreaterThanOrEqual(padding - 0.1);
      expect(n.x + n.width).toBeLessThanOrEqual(width - padding + 0.1);
      expect(n.y + n.height).toBeLessThanOrEqual(height - padding + 0.1);
    }
    // Large enough to tell the cards apart at the gallery's size.
    expect(t.nodes[0]!.width).toBeGreaterThan(20);
  });
});
