import { KIND_INFO, type Category, type Flow } from '../../model';

/** What a thumbnail needs of a flow: where each node is and what connects to what. */
export interface ThumbnailSource {
  nodes: { id: string; category: Category; x: number; y: number }[];
  edges: { source: string; target: string }[];
}

export interface ThumbnailBox {
  width: number;
  height: number;
  /** Space kept free around the drawing. */
  padding: number;
  /** A card's size on the canvas (flow units); positions are the cards' top-left corners. */
  card: { width: number; height: number };
  /** Caps the zoom, so a flow of one or two nodes is not drawn as giant blocks. */
  maxScale: number;
}

export interface ThumbnailRect {
  id: string;
  category: Category;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ThumbnailLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ThumbnailLayout {
  width: number;
  height: number;
  scale: number;
  nodes: ThumbnailRect[];
  edges: ThumbnailLine[];
}

export const GALLERY_THUMBNAIL: ThumbnailBox = {
  width: 320,
  height: 120,
  padding: 12,
  card: { width: 200, height: 80 },
  maxScale: 0.3,
};

export function thumbnailSource(flow: Flow): ThumbnailSource {
  return {
    nodes: flow.nodes.map((n) => ({ id: n.id, category: KIND_INFO[n.kind].category, ...n.position })),
    edges: flow.edges.map((e) => ({ source: e.source, target: e.target })),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Fits a flow's cards into the box: one scale for both axes (the drawing keeps the flow's
 * proportions), centred, never larger than `maxScale`. Edges join the facing sides of their
 * cards, as the canvas draws them (out on the right, in on the left) when the target lies to
 * one side, else the facing top and bottom.
 */
export function layoutThumbnail(source: ThumbnailSource, box: ThumbnailBox): ThumbnailLayout {
  const empty = { width: box.width, height: box.height, scale: 0, nodes: [], edges: [] };
  if (source.nodes.length === 0) return empty;
  const { card } = box;
  const minX = Math.min(...source.nodes.map((n) => n.x));
  const minY = Math.min(...source.nodes.map((n) => n.y));
  const maxX = Math.max(...source.nodes.map((n) => n.x)) + card.width;
  const maxY = Math.max(...source.nodes.map((n) => n.y)) + card.height;
  const scale = Math.min(
    (box.width - 2 * box.padding) / (maxX - minX),
    (box.height - 2 * box.padding) / (maxY - minY),
    box.maxScale,
  );
  const offsetX = (box.width - (maxX - minX) * scale) / 2 - minX * scale;
  const offsetY = (box.height - (maxY - minY) * scale) / 2 - minY * scale;
  const nodes = source.nodes.map((n) => ({
    id: n.id,
    category: n.category,
    x: round(offsetX + n.x * scale),
    y: round(offsetY + n.y * scale),
    width: round(card.width * scale),
    height: round(card.height * scale),
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: ThumbnailLine[] = [];
  for (const e of source.edges) {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (from && to && from !== to) edges.push(joinSides(from, to));
  }
  return { width: box.width, height: box.height, scale, nodes, edges };
}

function joinSides(a: ThumbnailRect, b: ThumbnailRect): ThumbnailLine {
  const midY = (r: ThumbnailRect) => round(r.y + r.height / 2);
  const midX = (r: ThumbnailRect) => round(r.x + r.width / 2);
  if (b.x >= a.x + a.width) return { x1: round(a.x + a.width), y1: midY(a), x2: b.x, y2: midY(b) };
  if (b.x + b.width <= a.x) return { x1: a.x, y1: midY(a), x2: round(b.x + b.width), y2: midY(b) };
  if (b.y >= a.y) return { x1: midX(a), y1: round(a.y + a.height), x2: midX(b), y2: b.y };
  return { x1: midX(a), y1: a.y, x2: midX(b), y2: round(b.y + b.height) };
}
