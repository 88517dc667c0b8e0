import type { Tone } from './chartSpecs';

/** The theme's variable for each tone; the fallback is the light theme's value. */
const TONES: Record<Tone, [string, string]> = {
  main: ['--accent', '#2f6fed'],
  ok: ['--ok', '#1f9d55'],
  warn: ['--warn', '#c77700'],
  bad: ['--error', '#d93838'],
  alt: ['--producer', '#7b5cd6'],
  muted: ['--text-2', '#5a6475'],
};

export interface ChartTheme {
  tone: (t: Tone) => string;
  text: string;
  grid: string;
  now: string;
  font: string;
}

/** Canvas colours and fonts read from the CSS variables (charts cannot use var() themselves). */
export function chartTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const family = read('--font', 'system-ui, sans-serif');
  return {
    tone: (t) => read(...TONES[t]),
    text: read('--text-2', '#5a6475'),
    grid: read('--border', '#d9dde3'),
    now: read('--text', '#1d2330'),
    // 12 px reads on a projector at 1440 px and keeps five ticks apart on a small chart.
    font: `12px ${family}`,
  };
}

let measureCtx: CanvasRenderingContext2D | null = null;

/** The width of the widest label in `font` (for the y axis's room). */
export function textWidth(labels: string[], font: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return labels.reduce((w, l) => Math.max(w, l.length * 7), 0);
  measureCtx.font = font;
  return labels.reduce((w, l) => Math.max(w, measureCtx!.measureText(l).width), 0);
}
