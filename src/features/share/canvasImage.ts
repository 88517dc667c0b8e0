import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { inlineSvgStyles } from './inlineSvgStyles';

export type ImageFormat = 'png' | 'svg';

/** The canvas to draw: React Flow's viewport element, the canvas size in CSS pixels, what to fit. */
export interface CanvasFrame {
  viewport: HTMLElement;
  width: number;
  height: number;
  bounds: Rect;
}

// The canvas's own zoom range; a margin of 8% of the image around the nodes.
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
const PADDING = 0.08;
// Browsers refuse canvases past about 16,384 pixels a side.
const MAX_CANVAS_SIDE = 16_384;
const BACKGROUND = '#ffffff';

/** The viewport that fits `bounds` into a canvas of this size, as "Zoom to fit" would. */
export const fittedViewport = (frame: Omit<CanvasFrame, 'viewport'>): Viewport =>
  getViewportForBounds(frame.bounds, frame.width, frame.height, MIN_ZOOM, MAX_ZOOM, PADDING);

/**
 * Draws every node and connection, fitted to the canvas size, on white. The SVG has the canvas
 * size; the PNG has it times `pixelRatio`, sharp on the screen it was made on. Connection
 * handles are left out: they are for editing.
 */
export async function renderCanvasImage(
  format: ImageFormat,
  frame: CanvasFrame,
  pixelRatio: number,
): Promise<Blob> {
  const { x, y, zoom } = fittedViewport(frame);
  const url = await toSvg(frame.viewport, {
    backgroundColor: BACKGROUND,
    width: frame.width,
    height: frame.height,
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__handle'),
    // The app uses system fonts only: nothing to embed, and no style sheets to fetch.
    skipFonts: true,
  });
  const svg = inlineSvgStyles(decodeURIComponent(url.slice(url.indexOf(',') + 1)), frame.viewport);
  if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  return rasterize(svg, frame.width, frame.height, pixelRatio);
}

async function rasterize(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = Math.min(pixelRatio, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no 2D canvas');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser produced no image'))),
      'image/png',
    ),
  );
}
