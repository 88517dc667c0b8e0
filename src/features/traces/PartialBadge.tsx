/**
 * A trace with a span whose parent is missing. Spans are recorded when they end, so while the
 * run goes on the parent may simply still be running; afterwards it was not kept.
 */
export function PartialBadge({ running }: { running: boolean }) {
  return running ? (
    <span
      className="traces-badge is-partial"
      title="Spans are recorded when they end: some of this trace's spans are still running (or were dropped)"
    >
      open
    </span>
  ) : (
    <span
      className="traces-badge is-partial"
      title="Some of its spans were not kept: dropped, sampled out, or still running when the run ended"
    >
      partial
    </span>
  );
}
