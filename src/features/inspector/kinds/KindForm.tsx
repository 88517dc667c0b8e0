import { ApiForm } from './ApiForm';
import { BucketForm } from './BucketForm';
import { BusForm } from './BusForm';
import { ClientForm } from './ClientForm';
import type { FormEnv } from './env';
import { ExternalForm } from './ExternalForm';
import { FunctionForm } from './FunctionForm';
import { QueueForm } from './QueueForm';
import { ScheduleForm } from './ScheduleForm';
import { SourceForm } from './SourceForm';
import { StreamForm } from './StreamForm';
import { TableForm } from './TableForm';
import { TopicForm } from './TopicForm';

/** The settings form of the node's kind. */
export function KindForm({ env }: { env: FormEnv }) {
  switch (env.node.kind) {
    case 'client':
      return <ClientForm />;
    case 'schedule':
      return <ScheduleForm />;
    case 'source':
      return <SourceForm />;
    case 'api':
      return <ApiForm />;
    case 'bus':
      return <BusForm env={env} />;
    case 'topic':
      return <TopicForm />;
    case 'queue':
      return <QueueForm />;
    case 'stream':
      return <StreamForm />;
    case 'function':
      return <FunctionForm env={env} />;
    case 'table':
      return <TableForm />;
    case 'bucket':
      return <BucketForm />;
    case 'external':
      return <ExternalForm />;
  }
}
