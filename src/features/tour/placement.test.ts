import { describe, expect, it } from 'vitest';
import { placePopover, ringRect } from './placement';

const viewport = { width: 1440, height: 900 };
const popover = { width: 340, height: 170 };

describe('ringRect', () => {
  it('grows the target by the padding', () => {
    expect(ringRect({ x: 100, y: 100, width: 50, height: 20 }, viewport, 6)).toEqual({
      x: 94,
      y: 94,
      width: 62,
      height: 32,
    });
  });

  it('stays inside the viewport for a target that fills an edge (the palette, the dock)', () => {
    const ring = ringRect({ x: 0, y: 48, width: 212, height: 852 }, viewport, 6, 3);
    expect(ring).toEqual({ x: 3, y: 42, width: 215, height: 855 });
  });
});

describe('placePopover', () => {
  it('goes right of a left-hand panel, centred on it vertically', () => {
    const ring = { x: 3, y: 42, width: 215, height: 600 };
    expect(placePopover(ring, popover, viewport, ['right'])).toEqual({ x: 230, y: 257, side: 'right' });
  });

  it('goes left of a right-hand panel', () => {
    const ring = { x: 1074, y: 42, width: 363, height: 600 };
    expect(placePopover(ring, popover, viewport, ['left'])).toMatchObject({
      x: 1074 - 12 - 340,
      side: 'left',
    });
  });

  it('goes below a top-bar control, nudged back inside when centring would cross the edge', () => {
    const ring = { x: 1380, y: 8, width: 50, height: 32 };
    expect(placePopover(ring, popover, viewport, ['bottom'])).toEqual({
      x: 1440 - 12 - 340,
      y: 52,
      side: 'bottom',
    });
  });

  it('takes the next side when the first has no room', () => {
    const dock = { x: 3, y: 600, width: 1434, height: 297 };
    expect(placePopover(dock, popover, viewport, ['bottom', 'top'])).toMatchObject({
      y: 600 - 12 - 170,
      side: 'top',
    });
  });

  it('sits inside a target that leaves no room on any side', () => {
    const all = { x: 3, y: 3, width: 1434, height: 894 };
    expect(placePopover(all, popover, viewport, ['right', 'left', 'bottom', 'top'])).toEqual({
      x: 550,
      y: 27,
      side: 'inside',
    });
  });

  it('is centred in the viewport when the target is missing', () => {
    expect(placePopover(null, popover, viewport, ['bottom'])).toEqual({ x: 550, y: 365, side: 'center' });
  });

  it('keeps the margin on a viewport smaller than the popover', () => {
    const at = placePopover(null, popover, { width: 300, height: 120 }, ['bottom']);
    expect(at).toMatchObject({ x: 12, y: 12 });
  });
});
