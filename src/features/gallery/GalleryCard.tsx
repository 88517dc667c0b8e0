import type { GalleryEntry } from './catalogEntries';
import { Thumbnail } from './Thumbnail';
import { useThumbnail } from './useThumbnail';

interface GalleryCardProps {
  entry: GalleryEntry;
  index: number;
  /** The card that takes Tab focus in the grid (roving tabindex). */
  active: boolean;
  opening: boolean;
  onOpen: (entry: GalleryEntry) => void;
  onFocus: (index: number) => void;
}

/** One example: its flow in miniature, its title, what it teaches, and its tags. */
export function GalleryCard({ entry, index, active, opening, onOpen, onFocus }: GalleryCardProps) {
  const thumbnail = useThumbnail(entry.file);
  const summaryId = `gallery-summary-${index}`;
  return (
    <button
      type="button"
      className="gallery-card"
      data-testid={`gallery.card.${entry.file}`}
      data-index={index}
      tabIndex={active ? 0 : -1}
      aria-describedby={summaryId}
      aria-busy={opening || undefined}
      onClick={() => onOpen(entry)}
      onFocus={() => onFocus(index)}
    >
      <Thumbnail state={thumbnail} />
      <span className="gallery-card-title">{entry.title}</span>
      <span className="gallery-card-summary" id={summaryId}>
        {entry.summary}
      </span>
      {entry.tags.length > 0 && (
        <span className="gallery-card-tags" aria-label="Tags">
          {entry.tags.map((t) => (
            <span key={t} className="gallery-tag">
              {t}
            </span>
          ))}
        </span>
      )}
      {opening && <span className="gallery-card-opening">Opening…</span>}
    </button>
  );
}
