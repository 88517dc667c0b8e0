/** Why a connection was refused, shown for a moment next to where it was dropped. */
export function RefusalNote({ reason, x, y }: { reason: string; x: number; y: number }) {
  return (
    <div className="fc-refusal" role="alert" data-testid="canvas.refusal" style={{ left: x, top: y }}>
      <span className="fc-refusal-icon" aria-hidden>
        ⊘
      </span>
      {reason}
    </div>
  );
}
