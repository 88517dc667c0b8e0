import type { EdgeType } from '../../../model';

/** What each edge type is called in the type selector and the header. */
export const EDGE_TYPE_LABELS: Record<EdgeType, string> = {
  invoke: 'Invoke / send',
  sqsMapping: 'Event source mapping (SQS)',
  streamMapping: 'Event source mapping (stream)',
  subscription: 'SNS subscription',
  integration: 'API route and integration',
  notification: 'S3 event notification',
  destination: 'Async invocation destination',
  deadLetter: 'Dead-letter queue',
};
