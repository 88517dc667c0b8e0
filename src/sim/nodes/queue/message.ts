import type { SqsMessageAttributeInput } from '../../events/sqs';

/** A message while a queue holds it. */
export interface StoredMessage {
  id: string;
  body: string;
  /** MD5 of the body, computed on first use. */
  md5: string | null;
  attributes: Record<string, SqsMessageAttributeInput>;
  size: number;
  /** Enqueue time (virtual ms); a redrive keeps the source queue's. */
  sentAt: number;
  senderId: string;
  groupId: string | null;
  dedupId: string | null;
  sequenceNumber: string | null;
  receiveCount: number;
  firstReceiveAt: number;
  state: 'delayed' | 'visible' | 'inflight' | 'gone';
  /** Bumped on every state change: a SimEvent carrying an older token is stale. */
  token: number;
  /** Received into a batch a mapping is still gathering: stays invisible until the batch is invoked. */
  held: boolean;
  traceId: number;
  originIndex: number;
  /** The span that accepted the message (receive spans hang below it). */
  sendSpanId: number;
}

/** What a sender asked for: SendMessage's fields, or a message another queue redrives. */
export interface SendRequest {
  body: string;
  attributes: Record<string, SqsMessageAttributeInput>;
  delaySeconds: number | null;
  groupId: string | null;
  dedupId: string | null;
  redriven: StoredMessage | null;
}

/** A message moved here by another queue's redrive policy (identity and enqueue time kept). */
export class RedriveEnvelope {
  constructor(readonly message: StoredMessage) {}
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function attributesOf(raw: unknown): Record<string, SqsMessageAttributeInput> {
  const out: Record<string, SqsMessageAttributeInput> = {};
  if (!isObject(raw)) return out;
  for (const [name, a] of Object.entries(raw)) {
    if (!isObject(a) || typeof a.DataType !== 'string') continue;
    const attr: SqsMessageAttributeInput = { DataType: a.DataType };
    if (typeof a.StringValue === 'string') attr.StringValue = a.StringValue;
    if (typeof a.BinaryValue === 'string') attr.BinaryValue = a.BinaryValue;
    out[name] = attr;
  }
  return out;
}

/**
 * Reads what arrived: a SendMessage-like object `{ MessageBody, MessageAttributes,
 * DelaySeconds, MessageGroupId, MessageDeduplicationId }` (what SNS, EventBridge and SDK
 * calls send), a redriven message, or any other payload, which becomes the body as JSON text.
 */
export function readSendRequest(payload: unknown): SendRequest {
  if (payload instanceof RedriveEnvelope) {
    const m = payload.message;
    return {
      body: m.body,
      attributes: m.attributes,
      delaySeconds: 0,
      groupId: m.groupId,
      dedupId: m.dedupId,
      redriven: m,
    };
  }
  if (isObject(payload) && typeof payload.MessageBody === 'string') {
    return {
      body: payload.MessageBody,
      attributes: attributesOf(payload.MessageAttributes),
      delaySeconds: typeof payload.DelaySeconds === 'number' ? payload.DelaySeconds : null,
      groupId: typeof payload.MessageGroupId === 'string' ? payload.MessageGroupId : null,
      dedupId: typeof payload.MessageDeduplicationId === 'string' ? payload.MessageDeduplicationId : null,
      redriven: null,
    };
  }
  const body = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? 'null');
  return { body, attributes: {}, delaySeconds: null, groupId: null, dedupId: null, redriven: null };
}
