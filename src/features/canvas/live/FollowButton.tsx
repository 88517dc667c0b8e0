import { useStore, type StoreState } from '../../../store';
import { FOLLOW_NEXT } from './follow';

const selectFollow = (s: StoreState) => s.followTraceId;

/** In the legend while a run is live: the camera follows the next event across the canvas. */
export function FollowButton() {
  const following = useStore(selectFollow);
  const set = useStore((s) => s.setFollowTrace);
  if (following === null)
    return (
      <button
        type="button"
        className="fc-live-follow"
        data-testid="canvas.follow"
        title="Follow an event: the camera follows the next event from node to node (a slow speed helps)"
        onClick={() => set(FOLLOW_NEXT)}
      >
        ◎ Follow an event
      </button>
    );
  return (
    <button
      type="button"
      className="fc-live-follow is-on"
      data-testid="canvas.follow.stop"
      data-trace={following}
      title="Stop following (Escape)"
      onClick={() => set(null)}
    >
      {following === FOLLOW_NEXT ? 'Waiting for the next event…' : `Following trace #${following}`} ✕
    </button>
  );
}
