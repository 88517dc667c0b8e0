import { useState, type ReactNode } from 'react';
import type { ChartData } from './chartData';
import { clockTick, formatValue } from './format';
import { UChart } from './UChart';

interface ChartCardProps {
  data: ChartData;
  /** The card's heading (defaults to the chart's title). */
  heading?: ReactNode;
  durationS: number;
  nowS: number | null;
  height: number;
  compact?: boolean;
  testId: string;
}

/** A chart with its heading and a legend that reads the hovered bucket, else the latest one. */
export function ChartCard({
  data,
  heading,
  durationS,
  nowS,
  height,
  compact = false,
  testId,
}: ChartCardProps) {
  const [hover, setHover] = useState<number | null>(null);
  const x = data.columns[0];
  const at = hover !== null && hover < x.length ? hover : null;
  const values = data.lines.map((_, i) => (at === null ? data.last[i] : (data.columns[i + 1]![at] ?? null)));
  return (
    <figure className={`metrics-card${compact ? ' is-compact' : ''}`} data-testid={testId}>
      <figcaption className="metrics-card-head">
        <span className="metrics-card-title">{heading ?? data.spec.title}</span>
        <span className="metrics-card-at">
          {at === null ? (compact ? '' : 'latest') : binText(x[at]!, data.binS)}
        </span>
      </figcaption>
      <ul className="metrics-legend">
        {data.lines.map((l, i) => (
          <li key={l.label}>
            <span className={`metrics-swatch tone-${l.tone}${l.dashed ? ' is-dashed' : ''}`} aria-hidden />
            {l.label} <b>{values[i] === null ? '–' : formatValue(data.spec.unit, values[i]!)}</b>
          </li>
        ))}
      </ul>
      <UChart
        data={data}
        durationS={durationS}
        nowS={nowS}
        height={height}
        compact={compact}
        onHover={setHover}
      />
    </figure>
  );
}

/** "20 s – 20.5 s": the stretch of virtual time a hovered point covers. */
function binText(startS: number, binS: number): string {
  return `${clockTick(startS)} – ${clockTick(startS + binS)}`;
}
