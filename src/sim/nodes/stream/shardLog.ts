/** One record in a shard (Kinesis record, Kafka message, or DynamoDB stream record). */
export interface StreamRecord {
  /** Position in its shard, counting from 0 (sequence numbers are derived from it). */
  offset: number;
  shard: number;
  sequenceNumber: string;
  partitionKey: string;
  /** Virtual ms when the stream accepted it. */
  arrival: number;
  /** Bytes counted against limits and the 6 MB batch cap. */
  size: number;
  /** What the event builder needs (Kinesis data text, a DynamoDB change...). */
  body: unknown;
  traceId: number;
  originIndex: number;
  /** The span that wrote it (the mapping's batch spans hang below the first record's). */
  spanId: number;
}

/** The records of one shard, oldest first, kept while some poller still has to read them. */
export class ShardLog {
  private records: StreamRecord[] = [];
  private head = 0;
  /** Offset of the first record still held. */
  base = 0;
  /** Offset the next record gets. */
  next = 0;

  /** The pollers reading this shard (their cursors decide what may be forgotten). */
  readonly readers: { cursor: number }[] = [];

  constructor(readonly index: number) {}

  append(record: Omit<StreamRecord, 'offset' | 'shard'>): StreamRecord {
    const r: StreamRecord = { ...record, offset: this.next++, shard: this.index };
    this.records.push(r);
    return r;
  }

  /** The record at `offset`, or undefined when trimmed or not written yet. */
  at(offset: number): StreamRecord | undefined {
    return offset < this.base ? undefined : this.records[this.head + offset - this.base];
  }

  /** Forgets records every reader has passed (all of them when nobody reads the shard). */
  compact(): void {
    let min = this.next;
    for (const r of this.readers) if (r.cursor < min) min = r.cursor;
    if (min <= this.base) return;
    this.head += min - this.base;
    this.base = min;
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.head = 0;
    }
  }
}
