import { Dialog } from '../../components/Dialog';

interface LinkFallbackDialogProps {
  failed: { url: string; reason: string } | null;
  onClose: () => void;
}

/** When the browser refuses the clipboard, the link is shown to be copied by hand. */
export function LinkFallbackDialog({ failed, onClose }: LinkFallbackDialogProps) {
  return (
    <Dialog open={failed !== null} title="Copy the share link" onClose={onClose} testId="share.linkFallback">
      {failed && (
        <div className="share-dialog-body">
          <p className="share-text">
            The browser did not let the page use the clipboard ({failed.reason}). Copy the link below with
            Ctrl+C (⌘C on a Mac).
          </p>
          <textarea
            className="share-link-text"
            data-testid="share.linkFallback.text"
            readOnly
            value={failed.url}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="share-actions">
            <button type="button" className="share-button is-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
