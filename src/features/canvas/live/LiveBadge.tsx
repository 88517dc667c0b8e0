import { useNodeBadge } from './signals';

/** A card's live figures: a few short lines (each in full on hover, should it be cut). */
export function LiveBadge({ nodeId }: { nodeId: string }) {
  const view = useNodeBadge(nodeId);
  if (!view || view.lines.length === 0) return null;
  return (
    <div className={`fc-live-badge is-${view.tone}`} data-testid={`canvas.node.${nodeId}.badge`}>
      {view.lines.map((line, i) => (
        <div key={i} title={line}>
          {line}
        </div>
      ))}
    </div>
  );
}
