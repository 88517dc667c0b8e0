import type { SnsAttributeInput } from '../../events/sns';
import { byteLength } from '../../events/sqs';
import type { ErrorInfo } from '../../records/trace';

/** What Publish carries: the message, its subject and attributes, and the FIFO fields. */
export interface PublishRequest {
  message: string;
  subject: string | null;
  attributes: Record<string, SnsAttributeInput>;
  groupId: string | null;
  dedupId: string | null;
}

/** SNS's message size limit (256 KiB, attributes included). */
export const SNS_MAX_BYTES = 262_144;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function attributesOf(raw: unknown): Record<string, SnsAttributeInput> {
  const out: Record<string, SnsAttributeInput> = {};
  if (!isObject(raw)) return out;
  for (const [name, a] of Object.entries(raw)) {
    if (!isObject(a) || typeof a.DataType !== 'string') continue;
    const attr: SnsAttributeInput = { DataType: a.DataType };
    if (typeof a.StringValue === 'string') attr.StringValue = a.StringValue;
    if (typeof a.BinaryValue === 'string') attr.BinaryValue = a.BinaryValue;
    out[name] = attr;
  }
  return out;
}

/**
 * Reads a Publish-like payload `{ Message, Subject, MessageAttributes, MessageGroupId,
 * MessageDeduplicationId }`; any other payload is the message itself (JSON text).
 */
export function readPublish(payload: unknown): PublishRequest {
  if (isObject(payload) && typeof payload.Message === 'string') {
    return {
      message: payload.Message,
      subject: typeof payload.Subject === 'string' ? payload.Subject : null,
      attributes: attributesOf(payload.MessageAttributes),
      groupId: typeof payload.MessageGroupId === 'string' ? payload.MessageGroupId : null,
      dedupId: typeof payload.MessageDeduplicationId === 'string' ? payload.MessageDeduplicationId : null,
    };
  }
  const message = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? 'null');
  return { message, subject: null, attributes: {}, groupId: null, dedupId: null };
}

/** Publish's checks, with SNS's error codes. */
export function validatePublish(
  p: PublishRequest,
  fifo: boolean,
  contentBasedDeduplication: boolean,
): ErrorInfo | null {
  let size = byteLength(p.message);
  for (const [name, a] of Object.entries(p.attributes))
    size += byteLength(name) + byteLength(a.DataType) + byteLength(a.StringValue ?? a.BinaryValue ?? '');
  if (size > SNS_MAX_BYTES)
    return { type: 'InvalidParameter', message: 'Invalid parameter: Message too long' };
  for (const [name, a] of Object.entries(p.attributes)) {
    if (
      !/^(String|Number|Binary)(\..+)?$/.test(a.DataType) ||
      (a.DataType.startsWith('Binary') ? a.BinaryValue : a.StringValue) === undefined
    ) {
      return {
        type: 'ParameterValueInvalid',
        message: `The message attribute '${name}' has an invalid message attribute type or value.`,
      };
    }
  }
  if (!fifo) return null;
  if (p.groupId === null)
    return {
      type: 'InvalidParameter',
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    };
  if (p.dedupId === null && !contentBasedDeduplication) {
    return {
      type: 'InvalidParameter',
      message:
        'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    };
  }
  return null;
}
