import type { FlowNode } from '../../../model';

/** An invoke edge has no settings; from a bus, say which rules send along it. */
export function InvokeNote({ source, targetId }: { source: FlowNode; targetId: string }) {
  if (source.kind !== 'bus') {
    return (
      <p className="fs-note insp-pad">
        A plain call: no settings. The source sends to the target (a producer's call, or an SDK call from a
        function).
      </p>
    );
  }
  const rules = source.settings.rules
    .filter((r) => r.targets.some((t) => t.nodeId === targetId))
    .map((r) => r.name);
  return (
    <p className="fs-note insp-pad" data-testid="inspector.edge.rules">
      {rules.length > 0
        ? `Events reach this target through the bus's rule${rules.length > 1 ? 's' : ''} ${rules.join(', ')}. Select the bus to edit patterns and target settings.`
        : 'No rule of this bus targets this node yet: select the bus and add it as a rule target.'}
    </p>
  );
}
