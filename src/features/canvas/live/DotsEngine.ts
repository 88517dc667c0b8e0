import type { InternalNode } from '@xyflow/react';
import type { LiveRun } from '../../../runtime/run';
import {
  DOT_CAP,
  DotField,
  dotPhase,
  hopTone,
  isFailurePath,
  nextCap,
  staggeredStart,
  type DotTone,
} from './dots';
import { EdgePaths, nodeBox } from './edgePaths';
import { DotBuffer, makeSprite, paintDots, paintPulse, type Sprite } from './paint';
import { pointAt, type PathSamples, type Point } from './pathGeometry';
import { PulseField, pulsePhase, spanPulse, type PulseTone } from './pulses';
import { edgeTraceSignal, nodeTraceSignal } from './signals';

/** What the engine reads from React Flow each frame (its store's state). */
export interface FlowView {
  transform: readonly [number, number, number];
  nodeLookup: ReadonlyMap<string, InternalNode>;
}

const TONES: readonly DotTone[] = ['ok', 'retry', 'dlq'];
const TONE_INDEX: Record<DotTone, number> = { ok: 0, retry: 1, dlq: 2 };
const FALLBACK: Record<DotTone | PulseTone, string> = {
  ok: '#1f9d55',
  retry: '#8b5cf6',
  dlq: '#23262d',
  error: '#d93838',
  throttle: '#e8a100',
};
/** A burst read in one frame is spread over at most this many real ms. */
const SPREAD_MS = 250;
/** Off the focused trace's path, dots and rings step back like the cards and edges do. */
const OFF_PATH_ALPHA = 0.3;

/**
 * Draws every live dot and pulse in one canvas over the React Flow pane, in screen pixels
 * (crisp at any zoom): reads new hops and spans once a frame, places dots on the cached edge
 * curves, and says on the canvas how many it drew (data-dots) and has drawn (data-hops).
 */
export class DotsEngine {
  private readonly field = new DotField(DOT_CAP);
  private readonly pulses = new PulseField();
  private readonly paths = new EdgePaths();
  private readonly buf = new DotBuffer(DOT_CAP);
  private readonly framePaths = new Map<string, PathSamples | null>();
  private readonly point: Point = { x: 0, y: 0 };
  private live: LiveRun | null = null;
  private edges = new Map<string, { source: string; target: string; failure: boolean }>();
  private hopCursor = 0;
  private spanCursor = 0;
  private lastVirtual = 0;
  private lastReadMs: number | null = null;
  private painted = false;
  private size = { width: 0, height: 0, dpr: 1 };
  private colours = { ...FALLBACK };
  /** Dot sprites for the current radius and pixel ratio, one per tone. */
  private sprites: { key: string; list: Sprite[] } = { key: '', list: [] };
  private readonly ctx: CanvasRenderingContext2D | null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly view: () => FlowView,
  ) {
    // Desynchronized: the dots reach the screen without a page commit each frame (measured in
    // headless Chromium without a GPU: 8 ms of main-thread commit per frame becomes 0.3 ms).
    this.ctx = canvas.getContext('2d', { desynchronized: true });
  }

  /** Follows a run (null: none). A run already under way is drawn from its start; a finished one is not replayed. */
  attach(live: LiveRun | null, fromStart: boolean): void {
    this.live = live;
    this.field.clear();
    this.pulses.clear();
    this.paths.clear();
    this.edges = new Map(
      (live?.flow.edges ?? []).map((e) => [
        e.id,
        { source: e.source, target: e.target, failure: isFailurePath(e.settings) },
      ]),
    );
    this.hopCursor = fromStart ? 0 : (live?.hops.written ?? 0);
    this.spanCursor = fromStart ? 0 : (live?.spans.written ?? 0);
    this.lastVirtual = 0;
    this.lastReadMs = null;
    this.readColours();
    this.clear();
    this.publish(0);
  }

  resize(width: number, height: number, dpr: number): void {
    this.size = { width, height, dpr };
    this.canvas.width = Math.max(1, Math.round(width * dpr));
    this.canvas.height = Math.max(1, Math.round(height * dpr));
    this.painted = false;
  }

  frame = (frameMs: number): void => {
    if (!this.live) return;
    this.read(this.live, frameMs);
    this.draw(frameMs);
  };

  private read(live: LiveRun, frameMs: number): void {
    const now = live.nowMs;
    const spread = this.lastReadMs === null ? 100 : Math.min(SPREAD_MS, frameMs - this.lastReadMs);
    if (live.hops.written !== this.hopCursor) {
      for (const hop of live.hops.since(this.hopCursor)) {
        const e = this.edges.get(hop.edgeId);
        if (!e) continue;
        const bornMs = staggeredStart(hop.atMs, this.lastVirtual, now, frameMs, spread);
        this.field.add({ edgeId: hop.edgeId, tone: hopTone(hop.attempt, e.failure), bornMs });
      }
      this.hopCursor = live.hops.written;
    }
    if (live.spans.written !== this.spanCursor) {
      for (const span of live.spans.since(this.spanCursor)) {
        const tone = spanPulse(span.status);
        if (tone) this.pulses.add(span.nodeId, tone, frameMs);
      }
      this.spanCursor = live.spans.written;
    }
    this.lastVirtual = now;
    this.lastReadMs = frameMs;
  }

  private draw(frameMs: number): void {
    this.field.prune(frameMs);
    this.pulses.prune(frameMs);
    if (this.field.dots.length === 0 && this.pulses.pulses.length === 0) {
      if (this.painted) this.clear();
      this.publish(0);
      return;
    }
    const ctx = this.ctx;
    if (!ctx) return;
    const started = performance.now();
    const { transform, nodeLookup } = this.view();
    const [tx, ty, zoom] = transform;
    const { width, height, dpr } = this.size;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const r = Math.round(Math.min(7, Math.max(3.5, 5 * zoom)) * 2) / 2;
    const key = `${r}|${dpr}`;
    if (this.sprites.key !== key)
      this.sprites = { key, list: TONES.map((t) => makeSprite(this.colours[t], r, dpr)) };
    this.framePaths.clear();
    this.buf.n = 0;
    for (const dot of this.field.dots) {
      const phase = dotPhase(frameMs - dot.bornMs);
      if (!phase) continue;
      let path = this.framePaths.get(dot.edgeId);
      if (path === undefined) {
        const e = this.edges.get(dot.edgeId)!;
        path = this.paths.get(dot.edgeId, nodeLookup.get(e.source), nodeLookup.get(e.target));
        this.framePaths.set(dot.edgeId, path);
      }
      if (!path) continue;
      const p = pointAt(path, phase.progress, this.point);
      const x = p.x * zoom + tx;
      const y = p.y * zoom + ty;
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      const dim = edgeTraceSignal.get(dot.edgeId) === 'off' ? OFF_PATH_ALPHA : 1;
      this.buf.push(x, y, phase.alpha * dim, TONE_INDEX[dot.tone]);
    }
    paintDots(ctx, this.buf, this.sprites.list);
    for (const pulse of this.pulses.pulses) {
      const node = nodeLookup.get(pulse.nodeId);
      const phase = pulsePhase(frameMs - pulse.bornMs);
      if (!node || !phase) continue;
      const b = nodeBox(node);
      const box = { x: b.x * zoom + tx, y: b.y * zoom + ty, width: b.width * zoom, height: b.height * zoom };
      const dim = nodeTraceSignal.get(pulse.nodeId) === 'off' ? OFF_PATH_ALPHA : 1;
      paintPulse(
        ctx,
        box,
        this.colours[pulse.tone],
        phase.grow,
        phase.alpha * dim,
        Math.min(1, Math.max(0.3, zoom)),
      );
    }
    this.painted = true;
    this.field.cap = nextCap(this.field.cap, performance.now() - started);
    this.publish(this.buf.n);
  }

  private clear(): void {
    this.ctx?.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.painted = false;
  }

  /** Attributes a test (or a curious person in devtools) can read; written only when they change. */
  private publish(drawn: number): void {
    const set = (name: string, value: number) => {
      const v = String(value);
      if (this.canvas.getAttribute(name) !== v) this.canvas.setAttribute(name, v);
    };
    set('data-dots', drawn);
    set('data-hops', this.field.spawned);
    set('data-skipped', this.field.skipped);
  }

  /** The tones' colours come from the theme (CSS variables on the canvas). */
  private readColours(): void {
    const style = getComputedStyle(this.canvas);
    for (const key of Object.keys(FALLBACK) as (keyof typeof FALLBACK)[]) {
      const v = style.getPropertyValue(`--live-${key}`).trim();
      this.colours[key] = v || FALLBACK[key];
    }
    this.sprites = { key: '', list: [] };
  }
}
