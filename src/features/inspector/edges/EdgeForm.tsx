import type { Edge, FlowNode } from '../../../model';
import { DeadLetterForm } from './DeadLetterForm';
import { DestinationForm } from './DestinationForm';
import { IntegrationForm } from './IntegrationForm';
import { InvokeNote } from './InvokeNote';
import { NotificationForm } from './NotificationForm';
import { SqsMappingForm } from './SqsMappingForm';
import { StreamMappingForm } from './StreamMappingForm';
import { SubscriptionForm } from './SubscriptionForm';

export interface EdgeFormProps {
  edge: Edge;
  source: FlowNode;
  nodes: readonly FlowNode[];
}

/** The settings form of the edge's type. */
export function EdgeForm({ edge, source, nodes }: EdgeFormProps) {
  switch (edge.settings.type) {
    case 'invoke':
      return <InvokeNote source={source} targetId={edge.target} />;
    case 'sqsMapping':
      return <SqsMappingForm />;
    case 'streamMapping':
      return (
        <StreamMappingForm failureTargets={nodes.filter((n) => n.kind === 'queue' || n.kind === 'topic')} />
      );
    case 'subscription':
      return <SubscriptionForm queues={nodes.filter((n) => n.kind === 'queue')} />;
    case 'integration':
      return <IntegrationForm />;
    case 'notification':
      return <NotificationForm />;
    case 'destination':
      return <DestinationForm />;
    case 'deadLetter':
      return <DeadLetterForm fromQueue={source.kind === 'queue'} />;
  }
}
