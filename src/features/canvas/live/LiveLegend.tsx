import { useSyncExternalStore } from 'react';
import { isActive, runSession, useLiveFrame } from '../../../runtime/run';
import { FollowButton } from './FollowButton';

const activeNow = () => isActive(runSession.getState());

/** Hops kept for drawing against hops seen, read twice a second. */
const readSampling = (live: { hopsSeen: number; hops: { written: number } }) =>
  live.hopsSeen > live.hops.written ? { kept: live.hops.written, seen: live.hopsSeen } : null;

/** What the dots and rings mean, in a corner of the canvas while a run is live. */
export function LiveLegend() {
  const active = useSyncExternalStore(runSession.subscribe, activeNow);
  const sampling = useLiveFrame(readSampling, 500);
  if (!active) return null;
  return (
    <div className="fc-live-legend" data-testid="canvas.legend" aria-label="What the moving dots mean">
      <span className="fc-live-key">
        <i className="fc-live-dot is-ok" /> ok
      </span>
      <span className="fc-live-key">
        <i className="fc-live-dot is-retry" /> retried
      </span>
      <span className="fc-live-key">
        <i className="fc-live-dot is-dlq" /> to DLQ
      </span>
      <span className="fc-live-key">
        <i className="fc-live-ring is-error" /> error
      </span>
      <span className="fc-live-key">
        <i className="fc-live-ring is-throttle" /> throttled
      </span>
      <FollowButton />
      {sampling && (
        <span
          className="fc-live-sampled"
          data-testid="canvas.legend.sampled"
          title={`Busy edges show about 25 dots a second: ${sampling.kept.toLocaleString('en-US')} of ${sampling.seen.toLocaleString('en-US')} messages drawn so far.`}
        >
          sampled
        </span>
      )}
    </div>
  );
}
