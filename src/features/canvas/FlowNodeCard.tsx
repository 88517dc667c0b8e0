import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { KIND_INFO } from '../../model';
import { KindIcon } from '../../components/KindIcon';
import type { CardRfNode } from './rfMapping';
import { FireButton } from './live/FireButton';
import { LiveBadge } from './live/LiveBadge';
import { useNodeTone, useNodeTrace } from './live/signals';

/** Producers only send; an external service only answers. */
const hasTarget = (category: string) => category !== 'producer';
const hasSource = (kind: string) => kind !== 'external';

/** A node on the canvas: kind icon, label, AWS service and the settings that matter most. */
function FlowNodeCardView({ data, selected }: NodeProps<CardRfNode>) {
  const { node, summary } = data;
  const info = KIND_INFO[node.kind];
  const live = useNodeTone(node.id);
  const trace = useNodeTrace(node.id);
  return (
    <div
      className={`fc-card fc-${info.category}${selected ? ' is-selected' : ''}${live ? ` is-live-${live}` : ''}${trace ? ` is-trace-${trace}` : ''}`}
      data-testid={`canvas.node.${node.id}`}
      data-kind={node.kind}
      data-live={live ?? undefined}
      data-trace={trace ?? undefined}
      title={node.description || undefined}
    >
      {hasTarget(info.category) && (
        <Handle
          type="target"
          position={Position.Left}
          className="fc-handle"
          data-testid={`canvas.node.${node.id}.in`}
        />
      )}
      <div className="fc-card-head">
        <span className="fc-card-icon">
          <KindIcon kind={node.kind} size={20} />
        </span>
        <span className="fc-card-titles">
          <span className="fc-card-label">{node.label}</span>
          <span className="fc-card-service">{info.service}</span>
        </span>
      </div>
      {summary.length > 0 && !live && (
        <div className="fc-card-summary">
          {summary.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      )}
      {/* While a run has figures for the card they take the settings' place, so cards keep their size. */}
      {live && <LiveBadge nodeId={node.id} />}
      {node.kind === 'source' && <FireButton nodeId={node.id} events={node.settings.events} />}
      {hasSource(node.kind) && (
        <Handle
          type="source"
          position={Position.Right}
          className="fc-handle"
          data-testid={`canvas.node.${node.id}.out`}
        />
      )}
    </div>
  );
}

export const FlowNodeCard = memo(FlowNodeCardView);
