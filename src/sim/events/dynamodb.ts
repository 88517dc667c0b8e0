import type { Change } from '../nodes/table/store';
import { itemSize } from '../nodes/table/attributes';

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export interface StreamRecordContext {
  viewType: StreamViewType;
  sequenceNumber: string;
  eventId: string;
  region: string;
  streamArn: string;
  /** Epoch ms of the change (ApproximateCreationDateTime is in seconds). */
  epochMs: number;
}

/** One DynamoDB Streams record as Lambda receives it, holding the images its view type asks for. */
export function dynamodbStreamRecord(change: Change, c: StreamRecordContext): Record<string, unknown> {
  const withNew = c.viewType === 'NEW_IMAGE' || c.viewType === 'NEW_AND_OLD_IMAGES';
  const withOld = c.viewType === 'OLD_IMAGE' || c.viewType === 'NEW_AND_OLD_IMAGES';
  const newImage = withNew ? change.newImage : undefined;
  const oldImage = withOld ? change.oldImage : undefined;
  const size =
    itemSize(change.keys) + (newImage ? itemSize(newImage) : 0) + (oldImage ? itemSize(oldImage) : 0);
  return {
    eventID: c.eventId,
    eventName: change.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: c.region,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(c.epochMs / 1000),
      Keys: change.keys,
      ...(newImage ? { NewImage: newImage } : {}),
      ...(oldImage ? { OldImage: oldImage } : {}),
      SequenceNumber: c.sequenceNumber,
      SizeBytes: size,
      StreamViewType: c.viewType,
    },
    eventSourceARN: c.streamArn,
  };
}

/** The event Lambda's DynamoDB Streams mapping delivers. */
export function dynamodbEvent(records: unknown[]): { Records: unknown[] } {
  return { Records: records };
}

/** DynamoDB Streams sequence numbers: 21 decimal digits, increasing. */
export function dynamodbSequenceNumber(n: number): string {
  return `1${String(n).padStart(20, '0')}`;
}
