import type { Side } from './steps';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  /** 'inside': no side had room, so it sits in the target; 'center': there is no target. */
  side: Side | 'inside' | 'center';
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The ring around a target: `pad` larger on every side, kept `inset` inside the viewport. */
export function ringRect(target: Rect, viewport: Size, pad = 6, inset = 3): Rect {
  const left = Math.max(inset, target.x - pad);
  const top = Math.max(inset, target.y - pad);
  const right = Math.min(viewport.width - inset, target.x + target.width + pad);
  const bottom = Math.min(viewport.height - inset, target.y + target.height + pad);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * Where the popover goes: on the first of `sides` where it fits whole in the viewport, next to
 * the ring and centred on it along that side (then nudged back into the viewport); else inside
 * the ring near its top; with no target, in the middle of the viewport.
 */
export function placePopover(
  ring: Rect | null,
  popover: Size,
  viewport: Size,
  sides: readonly Side[],
  gap = 12,
  margin = 12,
): Placement {
  const maxX = viewport.width - popover.width - margin;
  const maxY = viewport.height - popover.height - margin;
  if (!ring) {
    return {
      x: clamp((viewport.width - popover.width) / 2, margin, maxX),
      y: clamp((viewport.height - popover.height) / 2, margin, maxY),
      side: 'center',
    };
  }
  const centreX = clamp(ring.x + (ring.width - popover.width) / 2, margin, maxX);
  const centreY = clamp(ring.y + (ring.height - popover.height) / 2, margin, maxY);
  for (const side of sides) {
    if (side === 'right' && ring.x + ring.width + gap <= maxX)
      return { x: ring.x + ring.width + gap, y: centreY, side };
    if (side === 'left' && ring.x - gap - popover.width >= margin)
      return { x: ring.x - gap - popover.width, y: centreY, side };
    if (side === 'bottom' && ring.y + ring.height + gap <= maxY)
      return { x: centreX, y: ring.y + ring.height + gap, side };
    if (side === 'top' && ring.y - gap - popover.height >= margin)
      return { x: centreX, y: ring.y - gap - popover.height, side };
  }
  return { x: centreX, y: clamp(ring.y + 2 * gap, margin, maxY), side: 'inside' };
}
