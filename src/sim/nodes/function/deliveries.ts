import type { NodeKind } from '../../../model';
import type { ErrorInfo } from '../../records/trace';

type Attribute = { DataType: 'String' | 'Number'; StringValue: string };

/**
 * What an async destination receives, by its kind: a function gets the invocation record
 * as its event; a queue or a topic gets it as the message body (JSON); an event bus gets a
 * PutEvents entry from source "lambda" with the record as detail.
 */
export function destinationPayload(
  kind: NodeKind,
  record: unknown,
  success: boolean,
  functionArn: string,
): unknown {
  const text = JSON.stringify(record);
  switch (kind) {
    case 'queue':
      return { MessageBody: text };
    case 'topic':
      return { Message: text };
    case 'bus':
      return {
        Entries: [
          {
            Source: 'lambda',
            DetailType: `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
            Detail: text,
            Resources: [functionArn],
          },
        ],
      };
    default:
      return record;
  }
}

/**
 * What a function's dead-letter queue (SQS) or topic (SNS) receives: the event alone, with
 * the RequestID, ErrorCode and ErrorMessage attributes Lambda adds.
 */
export function deadLetterPayload(
  kind: NodeKind,
  event: unknown,
  requestId: string,
  error: ErrorInfo | null,
): unknown {
  const body = JSON.stringify(event) ?? 'null';
  const attributes: Record<string, Attribute> = {
    RequestID: { DataType: 'String', StringValue: requestId },
    ErrorCode: { DataType: 'Number', StringValue: '200' },
    ErrorMessage: { DataType: 'String', StringValue: (error?.message ?? 'Unknown error').slice(0, 1024) },
  };
  if (kind === 'topic') return { Message: body, MessageAttributes: attributes };
  return { MessageBody: body, MessageAttributes: attributes };
}
