import type { FlowNode } from '../../../model';
import { hashString } from '../../core/random';
import type { NodeContext, OutEdge, Reply } from '../../core/types';
import { functionArn } from '../function/ids';
import { failureRecord, type DiscardCondition } from './failureRecord';
import type { Batch, MappingSource, Reader, StreamMappingSettings } from './mappingTypes';
import { batchSpan, discardSpan } from './mappingSpans';
import type { StreamRecord } from './shardLog';
import { onFailureTarget } from './onFailure';
import { firstFailure } from './batchResponse';

/** The SimEvent code a stream-like node routes to `EventSourceMapping.onPoll`. */
export const MAPPING_POLL = 50;
/** Standard iterator: each shard is polled about once per second. */
const POLL_INTERVAL_MS = 1000;
/** A failed or throttled batch is tried again at the next poll. */
const RETRY_DELAY_MS = 1000;
const MAX_BATCH_BYTES = 6 * 1024 * 1024;

/** Routes a MAPPING_POLL SimEvent (arg: token, payload: the reader) to its mapping. */
export function pollMapping(token: number, payload: unknown): void {
  const reader = payload as Reader;
  reader.owner.onPoll(reader, token);
}

/**
 * Lambda's event source mapping for Kinesis and DynamoDB Streams: one poller per shard and
 * parallelization slot (records spread by partition key), batches of one shard invoked
 * synchronously, a failing batch blocking its slot until it succeeds, is bisected, runs out
 * of retries or ages out, and on-failure metadata for what is discarded.
 */
export class EventSourceMapping {
  private readonly s: StreamMappingSettings;
  private readonly readers: Reader[][] = [];
  private readonly fnArn: string;
  private readonly failTarget: OutEdge | null;
  private readonly iteratorAge;
  private readonly processed;
  private readonly discarded;
  private readonly expired;

  constructor(
    private readonly ctx: NodeContext,
    private readonly out: OutEdge,
    private readonly source: MappingSource,
  ) {
    this.s = out.edge.settings as StreamMappingSettings;
    const fn: FlowNode = ctx.nodeAt(out.targetIndex);
    this.fnArn = functionArn(ctx.run.region, ctx.run.accountId, fn.id);
    this.failTarget = onFailureTarget(ctx, out.edge, this.s.onFailure);
    const m = ctx.metrics;
    this.iteratorAge = m.histogram('iteratorAgeMs');
    this.processed = m.counter('recordsProcessed');
    this.discarded = m.counter('recordsDiscarded');
    this.expired = m.counter('recordsExpired');
    for (const shard of source.shards) {
      const slots: Reader[] = [];
      for (let slot = 0; slot < this.s.parallelizationFactor; slot++) {
        const r: Reader = {
          owner: this,
          shard,
          slot,
          cursor: shard.next,
          pending: 0,
          busy: false,
          pollAt: -1,
          token: 0,
          windowStart: null,
          queued: [],
          phase: ctx.random.next() * POLL_INTERVAL_MS,
        };
        slots.push(r);
        shard.readers.push(r);
      }
      this.readers.push(slots);
    }
  }

  get enabled(): boolean {
    return this.s.enabled;
  }

  /** A record was appended to a shard: the poller of its slot wakes at its next tick. */
  notify(record: StreamRecord): void {
    if (!this.s.enabled) return;
    const r = this.readers[record.shard]![this.slotOf(record)]!;
    r.pending++;
    this.ctx.traceOpen(record.traceId);
    if (r.busy) return;
    if (r.pollAt === -1) this.pollAt(r, this.nextTick(r));
    else if (r.windowStart !== null && r.pending >= this.s.batchSize) this.pollAt(r, this.ctx.now());
  }

  onPoll(reader: Reader, token: number): void {
    if (token !== reader.token || reader.busy) return;
    reader.pollAt = -1;
    const now = this.ctx.now();
    const queued = reader.queued.shift();
    if (queued) {
      if (!queued.records.some((rec) => this.tooOld(rec, now))) return this.invoke(reader, queued);
      this.discard(queued, 'RecordAgeExceeded');
      return this.pollAt(reader, now);
    }
    if (reader.pending === 0) return;
    const window = this.s.maximumBatchingWindowInSeconds * 1000;
    if (window > 0 && reader.pending < this.s.batchSize) {
      reader.windowStart ??= now;
      if (now < reader.windowStart + window) return this.pollAt(reader, reader.windowStart + window);
    }
    const records = this.take(reader, now);
    if (records.length > 0)
      this.invoke(reader, { records, retries: 0, invokes: 0, lastResponse: { statusCode: 200 } });
    else if (reader.pending > 0) this.pollAt(reader, now);
  }

  private slotOf(record: StreamRecord): number {
    return this.s.parallelizationFactor === 1
      ? 0
      : hashString(record.partitionKey) % this.s.parallelizationFactor;
  }

  private nextTick(r: Reader): number {
    const now = this.ctx.now();
    return r.phase + Math.ceil((now - r.phase) / POLL_INTERVAL_MS) * POLL_INTERVAL_MS;
  }

  private pollAt(r: Reader, at: number): void {
    r.pollAt = at;
    this.ctx.schedule(at - this.ctx.now(), MAPPING_POLL, ++r.token, r);
  }

  private tooOld(record: StreamRecord, now: number): boolean {
    const age = now - record.arrival;
    return (
      age > this.source.retentionMs ||
      (this.s.maximumRecordAgeInSeconds !== -1 && age > this.s.maximumRecordAgeInSeconds * 1000)
    );
  }

  /** Reads the next batch of this slot; records already too old are discarded on the way. */
  private take(r: Reader, now: number): StreamRecord[] {
    const out: StreamRecord[] = [];
    const old: StreamRecord[] = [];
    let bytes = 0;
    while (r.cursor < r.shard.next && out.length < this.s.batchSize) {
      const rec = r.shard.at(r.cursor);
      if (!rec) throw new Error('stream record trimmed while a reader still needed it');
      if (this.slotOf(rec) !== r.slot) {
        r.cursor++;
        continue;
      }
      if (out.length > 0 && bytes + rec.size > MAX_BATCH_BYTES) break;
      r.cursor++;
      r.pending--;
      if (this.tooOld(rec, now)) old.push(rec);
      else {
        out.push(rec);
        bytes += rec.size;
      }
    }
    r.windowStart = null;
    r.shard.compact();
    if (old.length > 0) {
      this.expired.add(now, old.length);
      this.discard(
        { records: old, retries: 0, invokes: 0, lastResponse: { statusCode: 200 } },
        'RecordAgeExceeded',
      );
    }
    return out;
  }

  private invoke(r: Reader, batch: Batch): void {
    const ctx = this.ctx;
    const first = batch.records[0]!;
    const start = ctx.now();
    const spanId = ctx.newSpanId();
    batch.invokes++;
    r.busy = true;
    let event: unknown;
    const payload = { get: () => (event ??= this.source.buildEvent(batch.records, this.fnArn)) };
    ctx.call(
      this.out,
      { traceId: first.traceId, parentSpanId: spanId, originIndex: first.originIndex, payload },
      (reply) => this.settle(r, batch, reply, spanId, start),
    );
  }

  /** Decides what the reply means for the batch and schedules the slot's next step. */
  private settle(r: Reader, batch: Batch, reply: Reply, spanId: number, start: number): void {
    const now = this.ctx.now();
    r.busy = false;
    const throttled = reply.status !== 200;
    const failedAt =
      throttled || reply.functionError !== undefined
        ? 0
        : this.s.functionResponseTypes.length === 0
          ? -1
          : firstFailure(batch.records, reply.body);
    const outcome = throttled
      ? 'throttled'
      : failedAt === -1
        ? 'ok'
        : failedAt === 0
          ? 'function-error'
          : 'partial-failure';
    const first = batch.records[0]!;
    if (this.ctx.wantsSpan(first.traceId, outcome !== 'ok'))
      this.ctx.record(batchSpan(this.ctx, this.source, batch, spanId, start, outcome, reply, r.slot));
    batch.lastResponse = reply.functionError
      ? { statusCode: reply.status, functionError: reply.functionError }
      : { statusCode: reply.status };
    if (outcome === 'ok') {
      this.done(batch.records, now);
      return this.pollAt(r, now);
    }
    if (failedAt > 0) {
      this.done(batch.records.slice(0, failedAt), now);
      batch.records = batch.records.slice(failedAt);
    }
    if (throttled) return this.retry(r, batch, now);
    if (this.s.bisectBatchOnFunctionError && failedAt === 0 && batch.records.length > 1) {
      const half = Math.ceil(batch.records.length / 2);
      const make = (records: StreamRecord[]): Batch => ({
        records,
        retries: batch.retries,
        invokes: 0,
        lastResponse: batch.lastResponse,
      });
      r.queued.unshift(make(batch.records.slice(0, half)), make(batch.records.slice(half)));
      return this.pollAt(r, now);
    }
    batch.retries++;
    if (this.s.maximumRetryAttempts !== -1 && batch.retries > this.s.maximumRetryAttempts) {
      this.discard(batch, 'RetryAttemptsExhausted');
      return this.pollAt(r, now);
    }
    this.retry(r, batch, now);
  }

  /** Tries the batch again at the next poll (records that are too old by then are discarded). */
  private retry(r: Reader, batch: Batch, now: number): void {
    r.queued.unshift(batch);
    this.pollAt(r, now + RETRY_DELAY_MS);
  }

  private done(records: StreamRecord[], now: number): void {
    if (records.length === 0) return;
    this.processed.add(now, records.length);
    this.iteratorAge.record(now, now - records[records.length - 1]!.arrival);
    for (const rec of records) this.ctx.traceClose(rec.traceId);
  }

  private discard(batch: Batch, condition: DiscardCondition): void {
    const ctx = this.ctx;
    const now = ctx.now();
    const spanId = ctx.newSpanId();
    const first = batch.records[0]!;
    this.discarded.add(now, batch.records.length);
    this.iteratorAge.record(now, now - batch.records[batch.records.length - 1]!.arrival);
    const record = failureRecord(
      this.source,
      batch,
      condition,
      ctx.random.uuid(),
      this.fnArn,
      ctx.startEpochMs,
      now,
    );
    if (this.failTarget)
      ctx.send(this.failTarget, {
        traceId: first.traceId,
        parentSpanId: spanId,
        originIndex: first.originIndex,
        payload: { get: () => record },
      });
    if (ctx.wantsSpan(first.traceId, true))
      ctx.record(discardSpan(ctx, spanId, first, batch, condition, record, this.failTarget));
    for (const rec of batch.records) ctx.traceClose(rec.traceId);
  }
}
