import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { useStore, type StoreState } from '../../store';
import type { GalleryEntry } from './catalogEntries';
import { GalleryCard } from './GalleryCard';
import { columnCount, moveInGrid } from './gridKeys';
import { openGalleryExample } from './openGalleryExample';
import { useGalleryIndex } from './useGalleryIndex';
import './gallery.css';

const selectGalleryOpen = (s: StoreState) => s.galleryOpen;

/** The example gallery: a card per example; arrows move, Enter or a click opens, Escape closes. */
export function GalleryDialog() {
  const open = useStore(selectGalleryOpen);
  const close = useCallback(() => useStore.getState().setGalleryOpen(false), []);
  const { state, retry } = useGalleryIndex(open);
  const [active, setActive] = useState(0);
  const [opening, setOpening] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const ready = state.type === 'ready';

  const focusCard = (index: number) =>
    gridRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();

  // Runs after the dialog's own effect has called showModal (which focuses its first control).
  useEffect(() => {
    if (open && ready) gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [open, ready]);

  const onOpen = async (entry: GalleryEntry) => {
    if (opening) return;
    setOpening(entry.file);
    try {
      await openGalleryExample(entry);
    } finally {
      setOpening(null);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (state.type !== 'ready' || !gridRef.current) return;
    const columns = columnCount(getComputedStyle(gridRef.current).gridTemplateColumns);
    const next = moveInGrid(active, e.key, state.entries.length, columns);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    focusCard(next);
  };

  return (
    <Dialog open={open} title="Examples" onClose={close} testId="gallery.dialog">
      <p className="gallery-intro">
        Each example is a complete flow with handler code and notes. Open one, press Run, and watch what it
        teaches. The flow open now stays in File › Recent.
      </p>
      {state.type === 'loading' && <p className="gallery-status">Loading the examples…</p>}
      {state.type === 'failed' && (
        <div className="gallery-status is-error" role="alert">
          Could not load the examples: {state.reason}.{' '}
          <button type="button" className="gallery-retry" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {state.type === 'ready' && (
        <div
          className="gallery-grid"
          ref={gridRef}
          role="group"
          aria-label="Example flows"
          onKeyDown={onKeyDown}
        >
          {state.entries.map((entry, i) => (
            <GalleryCard
              key={entry.file}
              entry={entry}
              index={i}
              active={i === Math.min(active, state.entries.length - 1)}
              opening={opening === entry.file}
              onOpen={(e) => void onOpen(e)}
              onFocus={setActive}
            />
          ))}
        </div>
      )}
    </Dialog>
  );
}
