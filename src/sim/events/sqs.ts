import { hash2, hashString } from '../core/random';
import { md5Hex } from './md5';

/** A message attribute as SendMessage takes it (and SNS raw delivery passes it on). */
export interface SqsMessageAttributeInput {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

/** A message attribute as Lambda's SQS event shows it (camelCase, with the list fields). */
export interface SqsRecordAttribute {
  stringValue?: string;
  binaryValue?: string;
  stringListValues: string[];
  binaryListValues: string[];
  dataType: string;
}

/** One record of the event Lambda's SQS event source mapping passes to the handler. */
export interface SqsRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, SqsRecordAttribute>;
  md5OfBody: string;
  eventSource: 'aws:sqs';
  eventSourceARN: string;
  awsRegion: string;
}

/** What a queue knows about a message when it hands it to Lambda. */
export interface SqsRecordSource {
  messageId: string;
  body: string;
  md5OfBody?: string;
  attributes: Record<string, SqsMessageAttributeInput>;
  sentAt: number;
  firstReceiveAt: number;
  receiveCount: number;
  senderId: string;
  fifo?: { sequenceNumber: string; groupId: string; deduplicationId: string };
}

export function queueArn(region: string, account: string, name: string): string {
  return `arn:aws:sqs:${region}:${account}:${name}`;
}

export function queueUrl(region: string, account: string, name: string): string {
  return `https://sqs.${region}.amazonaws.com/${account}/${name}`;
}

/** A stable IAM-style sender id (SenderId) for a sending node. */
export function senderIdOf(nodeId: string): string {
  return `AIDA${(hashString(nodeId, 0x51d).toString(36) + hashString(nodeId, 0x52d).toString(36)).toUpperCase().padEnd(17, 'X').slice(0, 17)}`;
}

/** An opaque receipt handle, different on every receive (as SQS's are). */
export function receiptHandleOf(messageId: string, receiveCount: number): string {
  const a = hash2(hashString(messageId), receiveCount);
  const b = hash2(a, 1);
  const c = hash2(b, 2);
  const d = hash2(c, 3);
  return `AQEB${a.toString(16)}${b.toString(16)}${c.toString(16)}${d.toString(16)}`;
}

function recordAttribute(a: SqsMessageAttributeInput): SqsRecordAttribute {
  const out: SqsRecordAttribute = { stringListValues: [], binaryListValues: [], dataType: a.DataType };
  if (a.StringValue !== undefined) out.stringValue = a.StringValue;
  if (a.BinaryValue !== undefined) out.binaryValue = a.BinaryValue;
  return out;
}

/** The Lambda SQS record for one received message (epoch ms for the timestamps). */
export function sqsRecord(m: SqsRecordSource, arn: string, region: string, startEpochMs: number): SqsRecord {
  const attributes: Record<string, string> = {
    ApproximateReceiveCount: String(m.receiveCount),
    SentTimestamp: String(startEpochMs + Math.round(m.sentAt)),
  };
  if (m.fifo) {
    attributes.SequenceNumber = m.fifo.sequenceNumber;
    attributes.MessageGroupId = m.fifo.groupId;
  }
  attributes.SenderId = m.senderId;
  if (m.fifo) attributes.MessageDeduplicationId = m.fifo.deduplicationId;
  attributes.ApproximateFirstReceiveTimestamp = String(startEpochMs + Math.round(m.firstReceiveAt));
  const messageAttributes: Record<string, SqsRecordAttribute> = {};
  for (const [name, a] of Object.entries(m.attributes)) messageAttributes[name] = recordAttribute(a);
  return {
    messageId: m.messageId,
    receiptHandle: receiptHandleOf(m.messageId, m.receiveCount),
    body: m.body,
    attributes,
    messageAttributes,
    md5OfBody: m.md5OfBody ?? md5Hex(m.body),
    eventSource: 'aws:sqs',
    eventSourceARN: arn,
    awsRegion: region,
  };
}

/** Bytes SQS counts for a message: the body plus each attribute's name, type and value. */
export function messageSize(body: string, attributes: Record<string, SqsMessageAttributeInput>): number {
  let size = byteLength(body);
  for (const [name, a] of Object.entries(attributes)) {
    size += byteLength(name) + byteLength(a.DataType) + byteLength(a.StringValue ?? a.BinaryValue ?? '');
  }
  return size;
}

export function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
