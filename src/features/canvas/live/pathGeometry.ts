/**
 * Geometry for the dots: where an edge's handles are, and points spread evenly along the SVG
 * path the edge draws, so a dot moves at an even pace whatever the curve.
 */

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where an edge meets a node: the middle of the handle's outer side (handle box relative to
 * the node), or of the node's own side when the handle is not measured yet.
 */
export function handlePoint(node: Box, handle: (Box & { side: Side }) | null, fallback: Side): Point {
  const b = handle ? { ...handle, x: node.x + handle.x, y: node.y + handle.y } : node;
  switch (handle?.side ?? fallback) {
    case 'left':
      return { x: b.x, y: b.y + b.height / 2 };
    case 'right':
      return { x: b.x + b.width, y: b.y + b.height / 2 };
    case 'top':
      return { x: b.x + b.width / 2, y: b.y };
    case 'bottom':
      return { x: b.x + b.width / 2, y: b.y + b.height };
  }
}

/** Points spaced evenly along a path, first and last on its ends. */
export interface PathSamples {
  xs: Float32Array;
  ys: Float32Array;
  length: number;
}

const CURVE_STEPS = 24;

/**
 * Samples an SVG path made of M, L, H, V, C, Q and Z commands (absolute or relative), about
 * one point every `spacing` units (at least 2, at most `max`). Throws on other commands.
 */
export function samplePath(d: string, spacing = 6, max = 256): PathSamples {
  const line = flatten(d);
  const n = line.length / 2;
  if (n === 0) throw new Error(`the edge path "${d}" has no points`);
  const cumulative = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const dx = line[i * 2]! - line[i * 2 - 2]!;
    const dy = line[i * 2 + 1]! - line[i * 2 - 1]!;
    cumulative[i] = cumulative[i - 1]! + Math.hypot(dx, dy);
  }
  const length = cumulative[n - 1]!;
  const count = Math.max(2, Math.min(max, Math.ceil(length / spacing) + 1));
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  let seg = 0;
  for (let k = 0; k < count; k++) {
    const target = (length * k) / (count - 1);
    while (seg < n - 2 && cumulative[seg + 1]! < target) seg++;
    const a = cumulative[seg]!;
    const b = cumulative[Math.min(seg + 1, n - 1)]!;
    const t = b > a ? Math.min(1, Math.max(0, (target - a) / (b - a))) : 0;
    const j = Math.min(seg + 1, n - 1);
    xs[k] = line[seg * 2]! + (line[j * 2]! - line[seg * 2]!) * t;
    ys[k] = line[seg * 2 + 1]! + (line[j * 2 + 1]! - line[seg * 2 + 1]!) * t;
  }
  return { xs, ys, length };
}

/** The point at fraction `f` (0..1) of the path's length (written into `out`: none made per dot). */
export function pointAt(s: PathSamples, f: number, out: Point = { x: 0, y: 0 }): Point {
  const last = s.xs.length - 1;
  const at = Math.min(1, Math.max(0, f)) * last;
  const i = Math.min(last - 1, Math.floor(at));
  const t = at - i;
  out.x = s.xs[i]! + (s.xs[i + 1]! - s.xs[i]!) * t;
  out.y = s.ys[i]! + (s.ys[i + 1]! - s.ys[i]!) * t;
  return out;
}

/** The path as a dense polyline (x, y pairs). */
function flatten(d: string): number[] {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out: number[] = [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const num = () => {
    const v = Number(tokens[i++]);
    if (!Number.isFinite(v)) throw new Error(`the edge path "${d}" is cut short`);
    return v;
  };
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    else if (cmd === '') throw new Error(`the edge path "${d}" does not start with a command`);
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        x = ox + num();
        y = oy + num();
        [startX, startY] = [x, y];
        out.push(x, y);
        cmd = rel ? 'l' : 'L'; // further pairs are lines
        break;
      case 'L':
        x = ox + num();
        y = oy + num();
        out.push(x, y);
        break;
      case 'H':
        x = ox + num();
        out.push(x, y);
        break;
      case 'V':
        y = oy + num();
        out.push(x, y);
        break;
      case 'C': {
        const [c1x, c1y, c2x, c2y] = [ox + num(), oy + num(), ox + num(), oy + num()];
        const [ex, ey] = [ox + num(), oy + num()];
        for (let s = 1; s <= CURVE_STEPS; s++) {
          const t = s / CURVE_STEPS;
          const u = 1 - t;
          out.push(
            u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
            u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
          );
        }
        [x, y] = [ex, ey];
        break;
      }
      case 'Q': {
        const [cx, cy, ex, ey] = [ox + num(), oy + num(), ox + num(), oy + num()];
        for (let s = 1; s <= CURVE_STEPS; s++) {
          const t = s / CURVE_STEPS;
          const u = 1 - t;
          out.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey);
        }
        [x, y] = [ex, ey];
        break;
      }
      case 'Z':
        [x, y] = [startX, startY];
        out.push(x, y);
        cmd = ''; // Z takes no numbers
        break;
      default:
        throw new Error(`the edge path "${d}" uses "${cmd}", which the dots cannot follow`);
    }
  }
  return out;
}
