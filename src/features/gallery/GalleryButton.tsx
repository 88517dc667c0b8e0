import { useStore } from '../../store';
import './gallery.css';

/** The top bar's "Examples" button: opens the gallery. */
export function GalleryButton() {
  return (
    <button
      type="button"
      className="gallery-open"
      data-testid="gallery.open"
      aria-haspopup="dialog"
      title="Browse the example flows"
      onClick={() => useStore.getState().setGalleryOpen(true)}
    >
      Examples
    </button>
  );
}
