import type { EdgeSettingsOf, NodeOfKind } from '../../../model';
import type { Inbound, NodeBehaviour, NodeContext, OutEdge } from '../../core/types';
import { md5Hex } from '../../events/md5';
import { sha256Hex } from '../../events/sha256';
import { queueArn, senderIdOf, sqsRecord } from '../../events/sqs';
import { previewPayload } from '../../records/trace';
import { POLL, SCALE, SqsMappingPoller, WINDOW_END, type MappingHost } from './mapping';
import { readSendRequest, RedriveEnvelope, type StoredMessage } from './message';
import { QueueStore } from './store';
import { validateSend } from './validate';
import { QueueGauges } from './gauges';

const VISIBLE = 1;
const SWEEP = 2;
const TICK = 3;

/** Amazon SQS: standard and FIFO queues, delays, visibility, redrive, retention, Lambda mappings. */
export function queueBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'queue'>;
  const s = node.settings;
  const fifo = s.fifoQueue;
  const store = new QueueStore(fifo);
  const gauges = new QueueGauges(ctx, store);
  const m = ctx.metrics;
  const sent = m.counter('messagesIn');
  const received = m.counter('received');
  const deleted = m.counter('deleted');
  const moved = m.counter('movedToDlq');
  const expired = m.counter('expired');
  const out = m.counter('messagesOut');
  const rejected = m.counter('rejected');
  const duplicates = m.counter('deduplicated');
  const arn = queueArn(ctx.run.region, ctx.run.accountId, node.id);
  const visibilityMs = s.visibilityTimeout * 1000;
  const retentionMs = s.messageRetentionPeriod * 1000;
  const dlq: OutEdge | null = ctx.outEdges('deadLetter')[0] ?? null;
  const maxReceiveCount = dlq
    ? (dlq.edge.settings as EdgeSettingsOf<'deadLetter'>).maxReceiveCount
    : Infinity;
  let sweepAt = -1;
  let ticking = false;
  let sequence = 0;

  function wake(): void {
    for (const p of pollers) p.kick();
  }

  function watch(now: number): void {
    gauges.update(now);
    if (store.live.size === 0) return;
    const oldest = store.oldestSentAt()!;
    if (sweepAt < 0) {
      sweepAt = Math.max(now, oldest + retentionMs);
      ctx.schedule(sweepAt - now, SWEEP);
    }
    if (!ticking) {
      ticking = true;
      ctx.schedule(gauges.tickMs, TICK);
    }
  }

  function leave(msg: StoredMessage, now: number): void {
    out.add(now);
    ctx.traceClose(msg.traceId);
  }

  function removeSpan(
    msg: StoredMessage,
    reason: 'moved-to-dlq' | 'retention-expired',
    spanId: number,
    target: string | null,
  ): void {
    if (!ctx.wantsSpan(msg.traceId, true)) return;
    const now = ctx.now();
    ctx.record({
      type: 'queue.remove',
      spanId,
      traceId: msg.traceId,
      parentSpanId: msg.sendSpanId,
      nodeId: node.id,
      kind: 'queue',
      start: now,
      end: now,
      status: 'error',
      attempt: msg.receiveCount,
      payload: previewPayload(msg.body),
      logs: [],
      error:
        reason === 'moved-to-dlq'
          ? {
              type: 'MovedToDeadLetterQueue',
              message: `Received ${msg.receiveCount} times (maxReceiveCount ${maxReceiveCount}): moved to ${target}.`,
            }
          : {
              type: 'RetentionPeriodExpired',
              message: `Older than the retention period (${s.messageRetentionPeriod} s): deleted.`,
            },
      messageId: msg.id,
      reason,
      receiveCount: msg.receiveCount,
      targetNodeId: target,
    });
  }

  /** The redrive policy: the message goes to the dead-letter queue, keeping its identity and enqueue time. */
  function redrive(msg: StoredMessage): void {
    const now = ctx.now();
    const spanId = ctx.newSpanId();
    ctx.send(dlq!, {
      traceId: msg.traceId,
      parentSpanId: spanId,
      originIndex: msg.originIndex,
      payload: { get: () => new RedriveEnvelope(msg) },
    });
    moved.add(now);
    removeSpan(msg, 'moved-to-dlq', spanId, ctx.nodeAt(dlq!.targetIndex).id);
    leave(msg, now);
  }

  const host: MappingHost = {
    ctx,
    hasReceivable: () => store.hasReceivable(),
    receive(max, maxBytes, atLeastOne) {
      const now = ctx.now();
      // SQS's in-flight quota: receives return nothing (OverLimit) while it is reached.
      const room = (fifo ? 20_000 : 120_000) - store.inFlight;
      if (room <= 0) return [];
      const got = store.receive(
        Math.min(max, room),
        maxBytes,
        atLeastOne,
        (msg) => dlq !== null && msg.receiveCount >= maxReceiveCount,
      );
      for (const msg of got.moved) redrive(msg);
      for (const msg of got.received) {
        msg.receiveCount++;
        if (msg.receiveCount === 1) msg.firstReceiveAt = now;
        ctx.schedule(visibilityMs, VISIBLE, msg.token, msg);
        received.add(now);
      }
      watch(now);
      return got.received;
    },
    invoking(msg, waited) {
      msg.held = false;
      if (!waited || msg.state !== 'inflight') return;
      msg.token++;
      ctx.schedule(visibilityMs, VISIBLE, msg.token, msg);
    },
    deleteMessage(msg) {
      if (msg.state === 'gone') return;
      const now = ctx.now();
      store.remove(msg);
      deleted.add(now);
      leave(msg, now);
      watch(now);
    },
    record: (e) =>
      sqsRecord(
        {
          messageId: e.m.id,
          body: e.m.body,
          md5OfBody: (e.m.md5 ??= md5Hex(e.m.body)),
          attributes: e.m.attributes,
          sentAt: e.m.sentAt,
          firstReceiveAt: e.firstReceiveAt,
          receiveCount: e.receiveCount,
          senderId: e.m.senderId,
          ...(fifo
            ? {
                fifo: {
                  sequenceNumber: e.m.sequenceNumber!,
                  groupId: e.m.groupId!,
                  deduplicationId: e.m.dedupId!,
                },
              }
            : {}),
        },
        arn,
        ctx.run.region,
        ctx.startEpochMs,
      ),
  };
  const pollers = ctx.outEdges('sqsMapping').map((o, i) => new SqsMappingPoller(host, o, i, fifo));

  function accept(inbound: Inbound): void {
    const now = ctx.now();
    const req = readSendRequest(inbound.message.payload.get());
    const spanId = ctx.newSpanId();
    const check = validateSend(req, s, fifo);
    const from = ctx.nodeAt(inbound.from).id;
    const span = (outcome: 'accepted' | 'deduplicated' | 'rejected', id: string, delayMs: number) => {
      if (!ctx.wantsSpan(inbound.message.traceId, outcome === 'rejected')) return;
      ctx.record({
        type: 'queue.send',
        spanId,
        traceId: inbound.message.traceId,
        parentSpanId: inbound.message.parentSpanId,
        nodeId: node.id,
        kind: 'queue',
        start: now,
        end: now,
        status: outcome === 'rejected' ? 'rejected' : 'ok',
        attempt: inbound.attempt,
        payload: previewPayload(req.body),
        logs: [],
        error: check.error,
        messageId: id,
        outcome,
        delayMs,
        groupId: req.groupId,
        redrivenFromNodeId: req.redriven ? from : null,
      });
    };
    if (check.error) {
      rejected.add(now);
      span('rejected', '', 0);
      inbound.reply?.({
        status: 400,
        error: check.error,
        body: { __type: check.error.type, message: check.error.message },
        spanId,
      });
      return;
    }
    let md5 = req.redriven?.md5 ?? null;
    const digest = (): string => (md5 ??= md5Hex(req.body));
    // Content-based deduplication: SHA-256 of the body (not the attributes), as SQS does.
    const dedupKey = fifo ? (req.dedupId ?? sha256Hex(req.body)) : null;
    const dup = dedupKey !== null ? store.duplicateOf(dedupKey, now) : null;
    if (dup !== null) {
      duplicates.add(now);
      span('deduplicated', dup, 0);
      inbound.reply?.({ status: 200, body: { MessageId: dup, MD5OfMessageBody: digest() }, spanId });
      return;
    }
    const delayMs = (req.delaySeconds ?? s.delaySeconds) * 1000;
    const msg: StoredMessage = {
      id: req.redriven?.id ?? ctx.random.uuid(),
      body: req.body,
      md5,
      attributes: req.attributes,
      size: check.size,
      sentAt: req.redriven?.sentAt ?? now,
      senderId: req.redriven?.senderId ?? senderIdOf(from),
      groupId: req.groupId,
      dedupId: dedupKey,
      sequenceNumber: fifo ? `188${String(++sequence).padStart(17, '0')}` : null,
      receiveCount: 0,
      firstReceiveAt: 0,
      state: delayMs > 0 ? 'delayed' : 'visible',
      token: 0,
      held: false,
      traceId: inbound.message.traceId,
      originIndex: inbound.message.originIndex,
      sendSpanId: spanId,
    };
    if (dedupKey !== null) store.rememberDedup(dedupKey, msg.id, now);
    ctx.traceOpen(msg.traceId);
    store.add(msg);
    if (delayMs > 0) ctx.schedule(delayMs, VISIBLE, msg.token, msg);
    sent.add(now);
    span('accepted', msg.id, delayMs);
    // Most callers never read the digest: it is computed when someone looks.
    const body = {
      MessageId: msg.id,
      get MD5OfMessageBody() {
        return digest();
      },
      ...(fifo ? { SequenceNumber: msg.sequenceNumber } : {}),
    };
    inbound.reply?.({ status: 200, body, spanId });
    watch(now);
    if (delayMs === 0) wake();
  }

  function sweep(): void {
    const now = ctx.now();
    sweepAt = -1;
    for (const msg of store.expire(now, retentionMs)) {
      expired.add(now);
      removeSpan(msg, 'retention-expired', ctx.newSpanId(), null);
      leave(msg, now);
    }
    watch(now);
  }

  return {
    start() {
      if (dlq && ctx.outEdges('deadLetter').length > 1) {
        ctx.warn({
          type: 'unsupported-setting',
          nodeId: node.id,
          setting: 'deadLetter',
          message: 'A queue has one redrive policy: only the first dead-letter edge is used.',
        });
      }
      const target = dlq ? ctx.nodeAt(dlq.targetIndex) : null;
      if (target?.kind === 'queue' && target.settings.fifoQueue !== fifo) {
        ctx.warn({
          type: 'unsupported-setting',
          nodeId: node.id,
          setting: 'deadLetter',
          message:
            'The dead-letter queue of a FIFO queue must be FIFO, and of a standard queue standard (AWS refuses the redrive policy).',
        });
      }
      for (const o of ctx.outEdges('sqsMapping')) {
        const fn = ctx.nodeAt(o.targetIndex);
        if (fn.kind === 'function' && fn.settings.timeout > s.visibilityTimeout) {
          ctx.warn({
            type: 'unsupported-setting',
            nodeId: node.id,
            setting: 'visibilityTimeout',
            message: `Queue visibility timeout: ${s.visibilityTimeout} seconds is less than Function timeout: ${fn.settings.timeout} seconds (AWS refuses this mapping; messages may be delivered twice).`,
          });
        }
      }
    },
    receive: accept,
    onEvent(code, arg, payload) {
      if (code === VISIBLE) {
        const msg = payload as StoredMessage;
        if (msg.token !== arg || (msg.state !== 'inflight' && msg.state !== 'delayed')) return;
        // Lambda keeps a forming batch's messages invisible; the invoke restarts their timeout.
        if (msg.held) return;
        store.makeVisible(msg);
        watch(ctx.now());
        wake();
      } else if (code === SWEEP) sweep();
      else if (code === TICK) {
        ticking = false;
        watch(ctx.now());
      } else if (code === POLL || code === SCALE || code === WINDOW_END) pollers[arg]?.onEvent(code, payload);
    },
    finish(endMs) {
      gauges.update(endMs);
    },
  };
}
