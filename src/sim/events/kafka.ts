import { base64Utf8 } from './base64';

export interface KafkaRecordInput {
  topic: string;
  partition: number;
  offset: number;
  timestampEpochMs: number;
  key: string;
  value: string;
}

/** The event Lambda's Amazon MSK event source mapping delivers: records grouped by "topic-partition". */
export function kafkaEvent(
  records: KafkaRecordInput[],
  clusterArn: string,
  bootstrapServers: string,
): unknown {
  const grouped: Record<string, unknown[]> = {};
  for (const r of records) {
    (grouped[`${r.topic}-${r.partition}`] ??= []).push({
      topic: r.topic,
      partition: r.partition,
      offset: r.offset,
      timestamp: r.timestampEpochMs,
      timestampType: 'CREATE_TIME',
      key: base64Utf8(r.key),
      value: base64Utf8(r.value),
      headers: [],
    });
  }
  return { eventSource: 'aws:kafka', eventSourceArn: clusterArn, bootstrapServers, records: grouped };
}
