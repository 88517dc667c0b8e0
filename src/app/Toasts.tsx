import { useEffect } from 'react';
import { useStore, type Notice } from '../store';
import './Toasts.css';

const selectNotices = (s: { notices: Notice[] }) => s.notices;
const AUTO_DISMISS_MS = 6000;

/** Toasts for notices; errors stay until dismissed so nobody misses why a file failed. */
export function Toasts() {
  const notices = useStore(selectNotices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {notices.map((n) => (
        <Toast key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}

function Toast({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  useEffect(() => {
    if (notice.tone === 'error') return;
    const t = setTimeout(onDismiss, AUTO_DISMISS_MS);
    return () => clearTimeout(t);
  }, [notice.tone, onDismiss]);
  return (
    <div className={`toast toast-${notice.tone}`} data-testid={`toast.${notice.tone}`}>
      <div className="toast-head">
        <strong>{notice.title}</strong>
        <button className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      </div>
      {notice.details && notice.details.length > 0 && (
        <ul className="toast-details">
          {notice.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
