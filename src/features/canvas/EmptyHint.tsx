import { useStore } from '../../store';

/** Shown over an empty canvas; it lets every click through but its own button. */
export function EmptyHint() {
  const openGallery = useStore((s) => s.setGalleryOpen);
  return (
    <div className="fc-empty" data-testid="canvas.empty">
      <div className="fc-empty-title">Drag a producer from the palette to start</div>
      <div className="fc-empty-text">
        A client, a schedule or an event source sends work into the flow. Then add routers and functions, and
        connect them from the right-hand dot of one card to the left-hand dot of the next.
      </div>
      <button
        type="button"
        className="fc-empty-gallery"
        data-testid="canvas.empty.gallery"
        onClick={() => openGallery(true)}
      >
        Or start from one of the twelve examples
      </button>
    </div>
  );
}
