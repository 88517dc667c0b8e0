import { memo } from 'react';
import { KINDS, type Category } from '../../model';
import { formatMs } from './format';
import { typeLabel } from './spanKinds';
import type { WaterfallRow as Row } from './waterfall';

const CATEGORY = new Map<string, Category>(KINDS.map((k) => [k.kind, k.category]));
/** Indent per level, and the deepest level still indented (deeper rows line up). */
const INDENT_PX = 14;
const MAX_INDENT = 10;

interface WaterfallRowProps {
  row: Row;
  selected: boolean;
  label: (nodeId: string) => string;
  onPick: (spanId: number) => void;
}

/** One span: its node and kind (indented under its parent), then its bar on the trace's time axis. */
export const WaterfallRow = memo(function WaterfallRow({ row, selected, label, onPick }: WaterfallRowProps) {
  const { span, depth, segments, notes } = row;
  const bar = segments.filter((s) => s.kind !== 'wait');
  const from = bar[0]?.left ?? 0;
  const to = bar.reduce((end, s) => Math.max(end, s.left + s.width), from);
  const ms = span.end - span.start;
  // Notes go where the bar leaves room: after it, before it, or inside its end.
  const place = to <= 60 ? 'after' : from >= 40 ? 'before' : 'inside';
  const notesAt =
    place === 'after'
      ? { left: `calc(${to}% + 8px)` }
      : place === 'before'
        ? { right: `calc(${100 - from}% + 8px)` }
        : { right: `calc(${100 - to}% + 5px)` };
  return (
    <button
      type="button"
      id={`traces-span-${span.spanId}`}
      className={`traces-wf-row cat-${CATEGORY.get(span.kind) ?? 'store'} is-${span.status}${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      data-testid={`traces.span.${span.spanId}`}
      onClick={() => onPick(span.spanId)}
    >
      <span className="traces-wf-name" style={{ paddingLeft: 8 + Math.min(depth, MAX_INDENT) * INDENT_PX }}>
        {row.orphan && (
          <span className="traces-wf-orphan" title="Its parent span was not kept">
            ⤷
          </span>
        )}
        <span className="traces-wf-node">{label(span.nodeId)}</span>
        <span className="traces-wf-type">{typeLabel(span)}</span>
      </span>
      <span className="traces-wf-ms">{ms > 0 ? formatMs(ms) : ''}</span>
      <span className="traces-wf-track">
        {segments.map((s, i) => (
          <span
            key={i}
            className={`traces-wf-seg is-${s.kind}`}
            style={{ left: `${s.left}%`, width: s.kind === 'instant' ? undefined : `${s.width}%` }}
            title={s.title}
          />
        ))}
        {notes.length > 0 && (
          <span className={`traces-wf-notes is-${place}`} style={notesAt}>
            {notes.map((n) => (
              <span key={n} className={`traces-wf-note${n.startsWith('→ DLQ') ? ' is-dlq' : ''}`}>
                {n}
              </span>
            ))}
          </span>
        )}
      </span>
    </button>
  );
});
