import { useCallback, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import type { LogBuffer } from './logBuffer';
import type { LogEntry } from './logEntry';
import type { FilteredView } from './logFilter';
import { LogRow, type LogRowActions } from './LogRow';
import { indexAt, offsetOf, totalHeight, visibleRange, type RowLayout } from './rowLayout';

export const ROW_HEIGHT = 20;
const SLOTS = 256;

interface LogListProps {
  buffer: LogBuffer;
  view: FilteredView;
  /** Changes whenever the buffer or the view did (the panel's last read). */
  version: number;
  labelOf: ((nodeId: string) => string) | null;
  needle: string;
  follow: boolean;
  onFollow: (follow: boolean) => void;
  onJump: (entry: LogEntry) => void;
  onOpenFrame: (entry: LogEntry, at: { line: number; column: number }) => void;
}

/** Where a paused reader is: the line at the top of the view and how far into it. */
interface Anchor {
  seq: number;
  delta: number;
}

/**
 * The lines that pass the filters, virtualised: only the rows in view (and a few either side)
 * are in the DOM. Following keeps the tail in view; scrolling up pauses and holds the view
 * on the same lines while new ones arrive and old ones leave.
 */
export function LogList(props: LogListProps) {
  const { buffer, view, version, labelOf, needle, follow, onFollow, onJump, onOpenFrame } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(200);
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  // Expanded lines by seq, with their measured height (0 until measured).
  const [expanded, setExpanded] = useState<ReadonlyMap<number, number>>(() => new Map());

  const extras: Array<{ index: number; extra: number }> = [];
  for (const [seq, px] of expanded) {
    const index = view.indexOfSeq(seq);
    if (view.seqAt(index) === seq)
      extras.push({ index, extra: Math.max(0, (px || ROW_HEIGHT * 4) - ROW_HEIGHT) });
  }
  extras.sort((a, b) => a.index - b.index);
  const layout: RowLayout = { count: view.size, rowHeight: ROW_HEIGHT, extras };
  const total = totalHeight(layout);
  const anchorIndex = anchor ? view.indexOfSeq(anchor.seq) : 0;
  const top = follow
    ? Math.max(0, total - viewport)
    : anchor
      ? Math.max(0, Math.min(total - viewport, offsetOf(layout, anchorIndex) + anchor.delta))
      : 0;
  const [first, last] = visibleRange(layout, top, viewport);

  // Where the list last scrolled itself: the scroll event that follows is not the person's.
  const ownScroll = useRef(-1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const want = follow ? el.scrollHeight - el.clientHeight : top;
    if (Math.abs(el.scrollTop - want) <= 1) return;
    el.scrollTop = want;
    ownScroll.current = el.scrollTop;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewport(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    const own = Math.abs(el.scrollTop - ownScroll.current) <= 1;
    ownScroll.current = -1;
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    if (!own && atBottom !== follow) onFollow(atBottom);
    const i = indexAt(layout, el.scrollTop);
    const seq = view.seqAt(i);
    setAnchor(seq === undefined ? null : { seq, delta: el.scrollTop - offsetOf(layout, i) });
  };

  const toggle = useCallback((seq: number) => {
    setExpanded((m) => {
      const next = new Map(m);
      if (next.has(seq)) next.delete(seq);
      else next.set(seq, 0);
      return next;
    });
  }, []);
  const measure = useCallback((seq: number, px: number) => {
    setExpanded((m) => (!m.has(seq) || m.get(seq) === px ? m : new Map(m).set(seq, px)));
  }, []);
  const actions: LogRowActions = useMemo(
    () => ({ toggle, measure, jump: onJump, openFrame: onOpenFrame }),
    [toggle, measure, onJump, onOpenFrame],
  );

  // Rows keyed by their slot in the window, not by line: a row that scrolls out is reused for
  // the one that scrolls in (new text in old DOM), which is what following a busy tail does.
  const slots = last - first <= SLOTS;
  const rows = [];
  for (let i = first; i < last; i++) {
    const seq = view.seqAt(i)!;
    const entry = buffer.get(seq);
    if (!entry) continue;
    const prev = i > 0 ? buffer.get(view.seqAt(i - 1)!) : undefined;
    rows.push(
      <LogRow
        key={slots ? i % SLOTS : `s${seq}`}
        entry={entry}
        index={i}
        top={offsetOf(layout, i)}
        expanded={expanded.has(seq)}
        first={prev?.spanId !== entry.spanId}
        label={labelOf ? labelOf(entry.nodeId) : null}
        needle={needle}
        actions={actions}
      />,
    );
  }

  return (
    <div
      ref={ref}
      className="logs-scroll"
      tabIndex={0}
      role="log"
      aria-label="Log lines"
      aria-live="off"
      data-version={version}
      onScroll={onScroll}
      onWheel={(e) => e.deltaY < 0 && follow && onFollow(false)}
    >
      <div className="logs-spacer" style={{ height: total }}>
        {rows}
      </div>
    </div>
  );
}
