/** Shown while a file is dragged over the window. */
export function DropOverlay() {
  return (
    <div className="files-drop" data-testid="file.drop-overlay" aria-live="polite">
      <div className="files-drop-card">
        <span className="files-drop-icon" aria-hidden>
          ⤓
        </span>
        Drop a .eventflow.json file to open it
      </div>
    </div>
  );
}
