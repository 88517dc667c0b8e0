export type S3EventName = 'ObjectCreated:Put' | 'ObjectCreated:Copy' | 'ObjectRemoved:Delete';

export interface S3Change {
  eventName: S3EventName;
  key: string;
  /** Absent for removals, as in S3's delete events. */
  size?: number;
  eTag?: string;
  sequencer: string;
  epochMs: number;
}

export interface S3Context {
  bucket: string;
  region: string;
  /** The notification configuration's id. */
  configurationId: string;
  requestId: string;
  hostId: string;
}

/** S3 object keys in event notifications are URL-encoded (a space becomes "+", "/" stays). */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** The S3 event notification message (eventVersion 2.1) for one change. */
export function s3Event(change: S3Change, c: S3Context): { Records: unknown[] } {
  const object: Record<string, unknown> = { key: encodeEventKey(change.key) };
  if (change.size !== undefined) object.size = change.size;
  if (change.eTag !== undefined) object.eTag = change.eTag;
  object.sequencer = change.sequencer;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: c.region,
        eventTime: new Date(change.epochMs).toISOString(),
        eventName: change.eventName,
        userIdentity: { principalId: 'AWS:AIDAEVENTFLOWSIMULATED' },
        requestParameters: { sourceIPAddress: '198.51.100.1' },
        responseElements: { 'x-amz-request-id': c.requestId, 'x-amz-id-2': c.hostId },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: c.configurationId,
          bucket: {
            name: c.bucket,
            ownerIdentity: { principalId: 'AEVENTFLOWOWNER' },
            arn: `arn:aws:s3:::${c.bucket}`,
          },
          object,
        },
      },
    ],
  };
}

/** Whether a notification configuration (event types, prefix, suffix) covers the change. */
export function notificationMatches(
  events: readonly string[],
  prefix: string,
  suffix: string,
  change: { eventName: S3EventName; key: string },
): boolean {
  const [group] = change.eventName.split(':');
  const typeOk = events.some((e) => e === `s3:${change.eventName}` || e === `s3:${group}:*`);
  return typeOk && change.key.startsWith(prefix) && change.key.endsWith(suffix);
}
