import type { QueueSettings } from '../../../model';
import type { ErrorInfo } from '../../records/trace';
import { messageSize } from '../../events/sqs';
import type { SendRequest } from './message';

/** SendMessage's checks, with SQS's error codes and messages; `size` is what SQS counts. */
export function validateSend(
  req: SendRequest,
  s: QueueSettings,
  fifo: boolean,
): { error: ErrorInfo | null; size: number } {
  const size = messageSize(req.body, req.attributes);
  const invalid = (message: string): { error: ErrorInfo; size: number } => ({
    error: { type: 'InvalidParameterValue', message },
    size,
  });
  const attributeCount = Object.keys(req.attributes).length;
  if (attributeCount > 10)
    return invalid(`Number of message attributes [${attributeCount}] exceeds the allowed maximum [10].`);
  if (size > s.maximumMessageSize) {
    return invalid(
      `One or more parameters are invalid. Reason: Message must be shorter than ${s.maximumMessageSize} bytes.`,
    );
  }
  if (
    req.delaySeconds !== null &&
    (req.delaySeconds < 0 || req.delaySeconds > 900 || !Number.isInteger(req.delaySeconds))
  ) {
    return invalid(
      `Value ${req.delaySeconds} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`,
    );
  }
  if (!fifo || req.redriven) return { error: null, size };
  if (req.groupId === null)
    return {
      error: { type: 'MissingParameter', message: 'The request must contain the parameter MessageGroupId.' },
      size,
    };
  if (req.delaySeconds !== null && req.delaySeconds > 0) {
    return invalid(
      `Value ${req.delaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`,
    );
  }
  if (req.dedupId === null && !s.contentBasedDeduplication) {
    return invalid(
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
  }
  return { error: null, size };
}
