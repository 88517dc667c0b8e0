import { hash2, hashString } from '../core/random';
import { md5Hex } from './md5';
import { requestIdOf } from '../nodes/function/ids';
import type { SqsMessageAttributeInput } from './sqs';

/** A Publish message attribute (DataType String, String.Array, Number or Binary). */
export interface SnsAttributeInput {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

/** A published message as the topic keeps it for delivery. */
export interface SnsPublished {
  messageId: string;
  topicArn: string;
  subject: string | null;
  message: string;
  /** ISO time of the publish. */
  timestamp: string;
  attributes: Record<string, SnsAttributeInput>;
  /** FIFO topics only. */
  sequenceNumber?: string;
}

export function topicArn(region: string, account: string, name: string): string {
  return `arn:aws:sns:${region}:${account}:${name}`;
}

/** A deterministic subscription id (the part after the topic ARN), UUID-shaped. */
export function subscriptionArn(topic: string, key: string): string {
  return `${topic}:${requestIdOf(hashString(key, 0x5b5), 0)}`;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A stand-in for SNS's RSA signature: base64-looking, 344 characters, stable for a message (cheap: a 66-character block repeated). */
function signatureOf(messageId: string): string {
  let h = hashString(messageId, 0x516);
  let block = '';
  for (let i = 0; i < 11; i++) {
    h = hash2(h, i);
    for (let k = 0; k < 6; k++) block += BASE64[(h >>> (k * 5)) & 63];
  }
  return `${block.repeat(6).slice(0, 342)}==`;
}

function certUrl(region: string): string {
  return `https://sns.${region}.amazonaws.com/SimpleNotificationService-${md5Hex(region)}.pem`;
}

function unsubscribeUrl(region: string, subArn: string): string {
  return `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subArn}`;
}

function regionOf(arn: string): string {
  return arn.split(':')[3] ?? 'us-east-1';
}

/** Attributes as a notification shows them: `{ Type, Value }` (Binary values stay base64). */
function deliveredAttributes(
  attrs: Record<string, SnsAttributeInput>,
): Record<string, { Type: string; Value: string }> {
  const out: Record<string, { Type: string; Value: string }> = {};
  for (const [name, a] of Object.entries(attrs))
    out[name] = { Type: a.DataType, Value: a.StringValue ?? a.BinaryValue ?? '' };
  return out;
}

/**
 * The JSON document SNS delivers to SQS and HTTP/S endpoints without raw delivery
 * (SigningCertURL / UnsubscribeURL spelled in capitals; Subject and MessageAttributes only when present).
 */
export function snsEnvelope(p: SnsPublished, subArn: string): Record<string, unknown> {
  const region = regionOf(p.topicArn);
  const out: Record<string, unknown> = { Type: 'Notification', MessageId: p.messageId };
  if (p.sequenceNumber !== undefined) out.SequenceNumber = p.sequenceNumber;
  out.TopicArn = p.topicArn;
  if (p.subject !== null) out.Subject = p.subject;
  out.Message = p.message;
  out.Timestamp = p.timestamp;
  out.SignatureVersion = '1';
  out.Signature = signatureOf(p.messageId);
  out.SigningCertURL = certUrl(region);
  out.UnsubscribeURL = unsubscribeUrl(region, subArn);
  if (Object.keys(p.attributes).length > 0) out.MessageAttributes = deliveredAttributes(p.attributes);
  return out;
}

/** The event a Lambda subscription gets (SigningCertUrl / UnsubscribeUrl, Subject null when absent). */
export function snsLambdaEvent(p: SnsPublished, subArn: string): { Records: unknown[] } {
  const region = regionOf(p.topicArn);
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: subArn,
        Sns: {
          Type: 'Notification',
          MessageId: p.messageId,
          TopicArn: p.topicArn,
          Subject: p.subject,
          Message: p.message,
          Timestamp: p.timestamp,
          SignatureVersion: '1',
          Signature: signatureOf(p.messageId),
          SigningCertUrl: certUrl(region),
          UnsubscribeUrl: unsubscribeUrl(region, subArn),
          MessageAttributes: deliveredAttributes(p.attributes),
        },
      },
    ],
  };
}

/** Raw delivery to SQS: the attributes become SQS message attributes (SNS passes up to 10). */
export function rawSqsAttributes(
  attrs: Record<string, SnsAttributeInput>,
): Record<string, SqsMessageAttributeInput> {
  const out: Record<string, SqsMessageAttributeInput> = {};
  for (const [name, a] of Object.entries(attrs).slice(0, 10)) out[name] = { ...a };
  return out;
}
