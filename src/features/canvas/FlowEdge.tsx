import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { CanvasEdge } from './rfMapping';
import { flowEdgePath } from './live/edgePath';
import { useEdgeTrace } from './live/signals';

/** An edge with its type as a small label; failure paths (DLQ, destination) are dashed. */
function FlowEdgeView(props: EdgeProps<CanvasEdge>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    selected,
    markerEnd,
  } = props;
  const [path, labelX, labelY] = flowEdgePath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const look = data?.look;
  const trace = useEdgeTrace(id);
  const traced = trace ? ` is-trace-${trace}` : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`fc-edge${look?.dashed ? ' is-dashed' : ''}${selected ? ' is-selected' : ''}${traced}`}
        interactionWidth={16}
      />
      {look?.label && (
        <EdgeLabelRenderer>
          <div
            className={`fc-edge-label nodrag nopan${selected ? ' is-selected' : ''}${look.dashed ? ' is-dashed' : ''}${traced}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`canvas.edge.${id}.label`}
          >
            {look.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
