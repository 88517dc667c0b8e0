import { useEffect, useRef, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartData } from './chartData';
import { chartTheme, textWidth } from './chartTheme';
import { clockTick, formatTick, type Unit } from './format';

interface UChartProps {
  data: ChartData;
  /** The x axis spans the whole run, in seconds of virtual time. */
  durationS: number;
  /** Where the run's clock is (a vertical line), or null. */
  nowS: number | null;
  height: number;
  /** Small overview chart: no x labels, fewer y ticks. */
  compact?: boolean;
  /** The bucket under the pointer (null when it leaves). */
  onHover?: (idx: number | null) => void;
}

/** A uPlot canvas chart of one ChartData; data updates redraw it without rebuilding it. */
export function UChart({ data, durationS, nowS, height, compact = false, onHover }: UChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef({ data, nowS, onHover });
  useEffect(() => {
    latest.current = { data, nowS, onHover };
  });
  const shape = `${data.spec.unit}|${data.lines.map((l) => `${l.label}:${l.tone}:${l.dashed}`).join(',')}`;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const u = new uPlot(options(el, latest, durationS, compact), latest.current.data.columns, el);
    plot.current = u;
    // The box follows the card's width and the height the panel gives it (the dock's height).
    const resize = new ResizeObserver(() => {
      const { clientWidth: width, clientHeight: height } = el;
      if (width > 0 && height > 0 && (width !== u.width || height !== u.height)) u.setSize({ width, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
    // `shape` names everything of `data` that the options depend on (they read `latest`).
  }, [shape, durationS, compact]);

  useEffect(() => {
    plot.current?.setData(data.columns);
  }, [data, nowS]);

  // The legend above says the values in words; the canvas is the picture of them.
  return (
    <div
      ref={box}
      className="metrics-uplot"
      style={{ height }}
      role="img"
      aria-label={`${data.spec.title} over virtual time`}
    />
  );
}

type Latest = RefObject<{ data: ChartData; nowS: number | null; onHover?: (i: number | null) => void }>;

function options(el: HTMLElement, latest: Latest, durationS: number, compact: boolean): uPlot.Options {
  const theme = chartTheme(el);
  const { data } = latest.current;
  const unit: Unit = data.spec.unit;
  const axis = {
    stroke: theme.text,
    font: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { show: false },
  };
  return {
    width: el.clientWidth || 320,
    height: el.clientHeight || 120,
    legend: { show: false },
    padding: [8, 12, compact ? 4 : 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    scales: {
      x: { time: false, range: () => [0, Math.max(durationS, 0.001)] },
      y: { range: (_u, _min, max) => yRange(unit, max) },
    },
    axes: [
      {
        ...axis,
        show: !compact,
        space: 70,
        // Room for one line of labels (uPlot's default leaves 50 px).
        size: 24,
        gap: 4,
        values: (_u, splits) => splits.map(clockTick),
      },
      {
        ...axis,
        space: compact ? 24 : 32,
        size: (_u, values) => (values ? Math.ceil(textWidth(values, theme.font)) + 14 : 40),
        // Counts of things (environments, messages) have whole-number ticks.
        ...(unit === 'count' ? { incrs: COUNT_STEPS } : {}),
        values: (_u, splits) => splits.map((v) => formatTick(unit, v)),
      },
    ],
    series: [
      {},
      ...data.lines.map((l): uPlot.Series => ({
        label: l.label,
        stroke: theme.tone(l.tone),
        width: compact ? 1.5 : 2,
        ...(l.dashed ? { dash: [6, 4] } : {}),
        // A value between two gaps has no line to draw (a rare latency): only those get a dot.
        points: { show: false, size: 5, fill: theme.tone(l.tone), filter: isolated },
        spanGaps: false,
      })),
    ],
    hooks: {
      draw: [(u) => drawNow(u, latest.current.nowS, theme.now)],
      setCursor: [(u) => latest.current.onHover?.(u.cursor.idx ?? null)],
    },
  };
}

const COUNT_STEPS = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 2.5e3, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6, 1e7,
];

/** Indices of values with no neighbour on either side (null: none). */
function isolated(u: uPlot, seriesIdx: number): number[] | null {
  const ys = u.data[seriesIdx] as (number | null | undefined)[];
  const out: number[] = [];
  for (let i = 0; i < ys.length; i++) {
    if (ys[i] == null) continue;
    if ((i === 0 || ys[i - 1] == null) && (i === ys.length - 1 || ys[i + 1] == null)) out.push(i);
  }
  return out.length > 0 ? out : null;
}

/** From 0 to a little above the largest value; a flat zero chart still gets a readable scale. */
function yRange(unit: Unit, max: number | null): uPlot.Range.MinMax {
  const hi = max !== null && max > 0 ? max : unit === 'usd' ? 0.0001 : unit === 'ms' ? 10 : 1;
  const [, top] = uPlot.rangeNum(0, hi, 0.08, true);
  return [0, top ?? hi];
}

function drawNow(u: uPlot, nowS: number | null, color: string): void {
  if (nowS === null) return;
  const x = Math.round(u.valToPos(nowS, 'x', true));
  const { top, height, left, width } = u.bbox;
  if (x < left || x > left + width) return;
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1, uPlot.pxRatio);
  ctx.setLineDash([4 * uPlot.pxRatio, 3 * uPlot.pxRatio]);
  ctx.beginPath();
  ctx.moveTo(x + 0.5, top);
  ctx.lineTo(x + 0.5, top + height);
  ctx.stroke();
  ctx.restore();
}
