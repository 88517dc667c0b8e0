import { Dialog } from '../../components/Dialog';
import type { Flow } from '../../model';
import { LINK_LIMITS, linkLength } from './linkLimits';

interface TooLongDialogProps {
  /** The refused link's length and the flow it would have carried (secrets already decided). */
  refused: { length: number; flow: Flow } | null;
  onDownload: (flow: Flow) => void;
  onClose: () => void;
}

/** A link past what browsers open is refused; the file carries the same flow. */
export function TooLongDialog({ refused, onDownload, onClose }: TooLongDialogProps) {
  return (
    <Dialog
      open={refused !== null}
      title="This flow is too large for a link"
      onClose={onClose}
      testId="share.tooLong"
    >
      {refused && (
        <div className="share-dialog-body">
          <p className="share-text">
            Its link would be <strong>{linkLength(refused.length)}</strong> long. Firefox opens links of at
            most {LINK_LIMITS.refuseAbove.toLocaleString('en-US')} characters (Chromium: 2 MB), and chat apps
            and email clients cut links much shorter, so no link was copied.
          </p>
          <p className="share-text">
            Send the flow file instead: it holds the same flow and opens with File › Open.
          </p>
          <div className="share-actions">
            <button type="button" className="share-button" onClick={onClose}>
              Close
            </button>
            <button
              type="button"
              className="share-button is-primary"
              data-testid="share.tooLong.download"
              autoFocus
              onClick={() => {
                onDownload(refused.flow);
                onClose();
              }}
            >
              Download the flow file
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
