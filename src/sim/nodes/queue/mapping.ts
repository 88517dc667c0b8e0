import type { EdgeSettingsOf } from '../../../model';
import type { NodeContext, OutEdge, Reply, SimMessage } from '../../core/types';
import type { SqsRecord } from '../../events/sqs';
import { previewPayload } from '../../records/trace';
import type { StoredMessage } from './message';
import type { QueueReceiveOutcome } from './records';

export const POLL = 10;
export const WINDOW_END = 11;
export const SCALE = 12;

/** Lambda's SQS pollers: 5 concurrent batches at first, up to 300 more per minute, 1,250 at most. */
export const MIN_CONCURRENCY = 5;
export const MAX_CONCURRENCY = 1250;
const SCALE_PER_MS = 300 / 60_000;
/** The synchronous invocation payload limit caps a batch. */
export const PAYLOAD_CAP_BYTES = 6 * 1024 * 1024;
const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;

/** One received message in a batch, with what the record shows (taken at receive time). */
export interface BatchEntry {
  m: StoredMessage;
  receiveCount: number;
  firstReceiveAt: number;
  receivedAt: number;
  spanId: number;
}

interface Batch {
  entries: BatchEntry[];
  bytes: number;
  full: boolean;
}

/** What the queue behaviour offers its mappings. */
export interface MappingHost {
  readonly ctx: NodeContext;
  hasReceivable(): boolean;
  /** ReceiveMessage for a consumer: counts, visibility timers and redrive included. */
  receive(max: number, maxBytes: number, atLeastOne: boolean): StoredMessage[];
  /** The batch holding `m` is invoked: `waited` (received earlier) restarts its visibility timeout now. */
  invoking(m: StoredMessage, waited: boolean): void;
  deleteMessage(m: StoredMessage): void;
  record(e: BatchEntry): SqsRecord;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The partial batch response: the ids to return to the queue, or 'invalid' when Lambda
 * would fail the whole batch (not an object, a malformed list, an empty, null or unknown itemIdentifier).
 */
export function failedItems(body: unknown, ids: ReadonlySet<string>): Set<string> | 'invalid' {
  const out = new Set<string>();
  if (body === null || body === undefined) return out;
  if (!isObject(body)) return 'invalid';
  const list = body.batchItemFailures;
  if (list === null || list === undefined) return out;
  if (!Array.isArray(list)) return 'invalid';
  for (const item of list) {
    if (!isObject(item) || typeof item.itemIdentifier !== 'string' || !ids.has(item.itemIdentifier))
      return 'invalid';
    out.add(item.itemIdentifier);
  }
  return out;
}

/**
 * A Lambda event source mapping on a queue -> function edge: pollers that scale with the
 * backlog, batches (size, window, 6 MB), a synchronous invoke per batch, deletes on success,
 * partial batch responses, and backoff on throttles.
 */
export class SqsMappingPoller {
  private readonly s: EdgeSettingsOf<'sqsMapping'>;
  private readonly hardMax: number;
  private readonly batchSize: number;
  private readonly windowMs: number;
  private limit: number;
  private lastScaleAt = 0;
  private pressure = false;
  private active = 0;
  private gathering: Batch | null = null;
  private pollScheduled = false;
  private scaleScheduled = false;
  private backoffUntil = 0;
  private backoffMs = BACKOFF_START_MS;
  private readonly concurrency;
  private readonly batches;

  constructor(
    private readonly host: MappingHost,
    private readonly out: OutEdge,
    private readonly index: number,
    fifo: boolean,
  ) {
    const ctx = host.ctx;
    this.s = out.edge.settings as EdgeSettingsOf<'sqsMapping'>;
    this.hardMax = Math.min(MAX_CONCURRENCY, this.s.maximumConcurrency ?? MAX_CONCURRENCY);
    this.limit = Math.min(MIN_CONCURRENCY, this.hardMax);
    this.windowMs = fifo ? 0 : this.s.maximumBatchingWindowInSeconds * 1000;
    let size = this.s.batchSize;
    if (fifo && size > 10) {
      ctx.warn({
        type: 'unsupported-setting',
        nodeId: ctx.node.id,
        setting: 'batchSize',
        message: 'A FIFO queue mapping takes at most 10 messages per batch (AWS refuses more); 10 is used.',
      });
      size = 10;
    } else if (!fifo && size > 10 && this.windowMs < 1000) {
      ctx.warn({
        type: 'unsupported-setting',
        nodeId: ctx.node.id,
        setting: 'batchSize',
        message:
          'A batch size above 10 needs maximumBatchingWindowInSeconds of at least 1 (AWS refuses it); 10 is used.',
      });
      size = 10;
    }
    if (fifo && this.s.maximumBatchingWindowInSeconds > 0) {
      ctx.warn({
        type: 'unsupported-setting',
        nodeId: ctx.node.id,
        setting: 'maximumBatchingWindowInSeconds',
        message: 'FIFO queue mappings do not support a batching window; it is ignored.',
      });
    }
    this.batchSize = size;
    this.warnVisibility();
    this.concurrency = ctx.metrics.gauge(`pollerConcurrency`);
    this.batches = ctx.metrics.counter('batches');
  }

  /**
   * AWS's advice: a visibility timeout of at least 6 x the function timeout plus the batching
   * window. Below window + timeout, messages of a batch can come back while it is processed.
   */
  private warnVisibility(): void {
    const ctx = this.host.ctx;
    const fn = ctx.nodeAt(this.out.targetIndex);
    const q = ctx.node;
    if (fn.kind !== 'function' || q.kind !== 'queue' || this.windowMs === 0) return;
    const windowS = this.windowMs / 1000;
    if (windowS + fn.settings.timeout <= q.settings.visibilityTimeout) return;
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: q.id,
      setting: 'visibilityTimeout',
      message: `Batching window ${windowS} s + function timeout ${fn.settings.timeout} s exceed the queue's visibility timeout (${q.settings.visibilityTimeout} s): AWS advises at least 6 x the function timeout + the window (${6 * fn.settings.timeout + windowS} s). Messages of a forming batch stay invisible until it is invoked.`,
    });
  }

  private get cap(): number {
    return Math.min(Math.floor(this.limit), this.hardMax);
  }

  /** Messages may be receivable: poll at the end of this instant (so simultaneous sends share a batch). */
  kick(): void {
    if (!this.s.enabled || this.pollScheduled) return;
    this.pollScheduled = true;
    this.host.ctx.schedule(Math.max(0, this.backoffUntil - this.host.ctx.now()), POLL, this.index);
  }

  onEvent(code: number, payload: unknown): void {
    if (code === POLL) {
      this.pollScheduled = false;
      this.poll();
    } else if (code === SCALE) {
      this.scaleScheduled = false;
      this.poll();
    } else if (code === WINDOW_END && payload === this.gathering) {
      this.gathering = null;
      this.invoke(payload as Batch);
      this.poll();
    }
  }

  /** Pollers grow by 300 per minute while a backlog waits on busy pollers, and shrink as fast when idle. */
  private rescale(now: number): void {
    const dt = now - this.lastScaleAt;
    this.lastScaleAt = now;
    this.limit = this.pressure
      ? Math.min(this.hardMax, this.limit + dt * SCALE_PER_MS)
      : Math.max(Math.min(MIN_CONCURRENCY, this.hardMax), this.limit - dt * SCALE_PER_MS);
  }

  private poll(): void {
    const ctx = this.host.ctx;
    const now = ctx.now();
    this.rescale(now);
    while (now >= this.backoffUntil && this.host.hasReceivable()) {
      if (this.gathering) {
        const g = this.gathering;
        this.fill(g);
        if (!g.full && g.entries.length < this.batchSize) break;
        this.gathering = null;
        this.invoke(g);
        continue;
      }
      if (this.active >= this.cap) break;
      const batch: Batch = { entries: [], bytes: 0, full: false };
      this.fill(batch);
      if (batch.entries.length === 0) break;
      this.active++;
      if (this.windowMs === 0 || batch.full || batch.entries.length >= this.batchSize) this.invoke(batch);
      else {
        this.gathering = batch;
        ctx.schedule(this.windowMs, WINDOW_END, this.index, batch);
      }
    }
    if (now < this.backoffUntil && this.host.hasReceivable()) this.kick();
    this.pressure = this.host.hasReceivable() && this.active >= this.cap && this.cap < this.hardMax;
    if (this.pressure && !this.scaleScheduled) {
      this.scaleScheduled = true;
      ctx.schedule(1000, SCALE, this.index);
    }
    this.concurrency.set(now, this.active);
  }

  private fill(batch: Batch): void {
    const ctx = this.host.ctx;
    const now = ctx.now();
    const got = this.host.receive(
      this.batchSize - batch.entries.length,
      PAYLOAD_CAP_BYTES - batch.bytes,
      batch.entries.length === 0,
    );
    // Nothing came back although messages wait: the 6 MB cap is reached.
    if (got.length === 0 && batch.entries.length > 0 && this.host.hasReceivable()) batch.full = true;
    for (const m of got) {
      m.held = true;
      batch.entries.push({
        m,
        receiveCount: m.receiveCount,
        firstReceiveAt: m.firstReceiveAt,
        receivedAt: now,
        spanId: ctx.newSpanId(),
      });
      batch.bytes += m.size;
    }
  }

  private invoke(batch: Batch): void {
    const ctx = this.host.ctx;
    const now = ctx.now();
    this.batches.add(now);
    for (const e of batch.entries) this.host.invoking(e.m, e.receivedAt < now);
    const first = batch.entries[0]!;
    let event: { Records: SqsRecord[] } | null = null;
    const message: SimMessage = {
      traceId: first.m.traceId,
      parentSpanId: first.spanId,
      originIndex: first.m.originIndex,
      payload: { get: () => (event ??= { Records: batch.entries.map((e) => this.host.record(e)) }) },
    };
    ctx.call(this.out, message, (reply) => this.done(batch, reply));
  }

  private outcomes(batch: Batch, reply: Reply): QueueReceiveOutcome[] {
    const n = batch.entries.length;
    const all = (o: QueueReceiveOutcome) => new Array<QueueReceiveOutcome>(n).fill(o);
    if (reply.status === 429) return all('throttled');
    if (reply.status !== 200) return all('invoke-failed');
    if (reply.functionError !== undefined) return all('function-error');
    if (!this.s.functionResponseTypes.includes('ReportBatchItemFailures')) return all('deleted');
    const failed = failedItems(reply.body, new Set(batch.entries.map((e) => e.m.id)));
    if (failed === 'invalid') return all('invalid-response');
    return batch.entries.map((e) => (failed.has(e.m.id) ? 'item-failure' : 'deleted'));
  }

  private done(batch: Batch, reply: Reply): void {
    const ctx = this.host.ctx;
    const now = ctx.now();
    this.active--;
    this.concurrency.set(now, this.active);
    const outcomes = this.outcomes(batch, reply);
    if (reply.status === 429) {
      // Lambda slows its polling: fewer concurrent batches, and a pause that doubles while throttles go on.
      this.limit = Math.max(1, this.active);
      this.backoffUntil = now + this.backoffMs;
      this.backoffMs = Math.min(BACKOFF_MAX_MS, this.backoffMs * 2);
    } else this.backoffMs = BACKOFF_START_MS;
    const consumer = ctx.nodeAt(this.out.targetIndex).id;
    batch.entries.forEach((e, i) => {
      const outcome = outcomes[i]!;
      if (outcome === 'deleted') this.host.deleteMessage(e.m);
      const failed = outcome !== 'deleted';
      if (!ctx.wantsSpan(e.m.traceId, failed)) return;
      ctx.record({
        type: 'queue.receive',
        spanId: e.spanId,
        traceId: e.m.traceId,
        parentSpanId: e.m.sendSpanId,
        nodeId: ctx.node.id,
        kind: 'queue',
        start: e.receivedAt,
        end: now,
        status: outcome === 'throttled' ? 'throttled' : failed ? 'error' : 'ok',
        attempt: e.receiveCount,
        payload: previewPayload(e.m.body),
        logs: [],
        error: failed ? (reply.error ?? { type: outcome, message: receiveMessage(outcome) }) : null,
        messageId: e.m.id,
        receiveCount: e.receiveCount,
        batchSize: batch.entries.length,
        consumerNodeId: consumer,
        outcome,
        invocationSpanId: reply.spanId,
      });
    });
    this.kick();
  }
}

function receiveMessage(outcome: QueueReceiveOutcome): string {
  switch (outcome) {
    case 'item-failure':
      return 'Listed in batchItemFailures: returns to the queue after the visibility timeout.';
    case 'invalid-response':
      return 'The partial batch response is invalid, so the whole batch failed.';
    case 'throttled':
      return 'The function was throttled: the batch returns to the queue after the visibility timeout.';
    case 'invoke-failed':
      return 'The invocation failed: the batch returns to the queue after the visibility timeout.';
    default:
      return 'The function failed: the whole batch returns to the queue after the visibility timeout.';
  }
}
