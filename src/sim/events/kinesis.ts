import { base64Utf8 } from './base64';

/** One Kinesis record as the event builder needs it. */
export interface KinesisRecordInput {
  shardId: string;
  partitionKey: string;
  sequenceNumber: string;
  /** The record's data as text (the event carries its UTF-8 bytes in base64). */
  data: string;
  /** Epoch ms when Kinesis accepted the record. */
  arrivalEpochMs: number;
}

export interface KinesisSource {
  streamArn: string;
  region: string;
  /** The function's execution role (Lambda puts it in invokeIdentityArn). */
  invokeIdentityArn: string;
}

/** The event Lambda's Kinesis event source mapping delivers: `{ Records: [...] }` of one shard. */
export function kinesisEvent(records: KinesisRecordInput[], source: KinesisSource): { Records: unknown[] } {
  return {
    Records: records.map((r) => ({
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: r.partitionKey,
        sequenceNumber: r.sequenceNumber,
        data: base64Utf8(r.data),
        approximateArrivalTimestamp: r.arrivalEpochMs / 1000,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${r.shardId}:${r.sequenceNumber}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: source.invokeIdentityArn,
      awsRegion: source.region,
      eventSourceARN: source.streamArn,
    })),
  };
}

/** Kinesis sequence numbers: 56 decimal digits, increasing within a shard. */
export function kinesisSequenceNumber(shard: number, offset: number): string {
  return `49${String(shard).padStart(6, '0')}${String(offset).padStart(48, '0')}`;
}

/** The execution role name Lambda's console would create for a function. */
export function executionRoleArn(accountId: string, functionName: string): string {
  return `arn:aws:iam::${accountId}:role/${functionName}-role`;
}
