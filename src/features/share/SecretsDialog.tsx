import { useSyncExternalStore } from 'react';
import { Dialog } from '../../components/Dialog';
import { REMOVED } from './removeSecrets';
import { pendingSecrets, subscribeSecrets } from './secretsPrompt';

/** Lists what looks like a secret in a flow about to be exported; the person decides what leaves. */
export function SecretsDialog() {
  const request = useSyncExternalStore(subscribeSecrets, pendingSecrets);
  const count = request?.findings.length ?? 0;
  return (
    <Dialog
      open={request !== null}
      title={count === 1 ? 'This flow holds a secret' : `This flow holds ${count} secrets`}
      onClose={() => request?.answer('cancel')}
      testId="share.secrets"
    >
      {request && (
        <div className="share-dialog-body">
          <p className="share-text">
            These look like credentials. Anyone who gets the {request.purpose} can read them.{' '}
            <strong>Leave them out</strong> writes <code>{REMOVED}</code> in their place in the exported copy;
            your flow keeps them.
          </p>
          <div className="share-secrets-scroll">
            <table className="share-secrets">
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Where</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {request.findings.map((f, i) => (
                  <tr key={i} data-testid="share.secrets.item">
                    <td>{f.title}</td>
                    <td>{f.where}</td>
                    <td>
                      <code>{f.preview}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="share-actions">
            <button type="button" className="share-button" onClick={() => request.answer('cancel')}>
              Cancel
            </button>
            <button
              type="button"
              className="share-button"
              data-testid="share.secrets.include"
              onClick={() => request.answer('include')}
            >
              Include anyway
            </button>
            <button
              type="button"
              className="share-button is-primary"
              data-testid="share.secrets.omit"
              autoFocus
              onClick={() => request.answer('omit')}
            >
              Leave them out
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
