import type { NodeOfKind } from '../../../model';
import type { Inbound, NodeBehaviour, NodeContext, Reply, SimMessage } from '../../core/types';
import { sha256Hex } from '../../events/sha256';
import { rawSqsAttributes, snsEnvelope, snsLambdaEvent, topicArn, type SnsPublished } from '../../events/sns';
import { previewPayload } from '../../records/trace';
import type { SubscriptionVerdict } from './records';
import { readPublish, validatePublish } from './publish';
import { snsRetryDelayMs } from './retry';
import { compileSubscriptions, type Subscription } from './subscriptions';

const RETRY = 1;
const DEDUP_WINDOW_MS = 5 * 60_000;

/** One message on its way to one subscription, across attempts. */
interface Delivery {
  sub: Subscription;
  pub: SnsPublished;
  groupId: string | null;
  dedupId: string | null;
  attempt: number;
  traceId: number;
  originIndex: number;
  parentSpanId: number;
  open: boolean;
}

/** Amazon SNS: publish, filter policies, fan-out per protocol, delivery retries, subscription DLQs, FIFO topics. */
export function topicBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'topic'>;
  const s = node.settings;
  const arn = topicArn(ctx.run.region, ctx.run.accountId, node.id);
  const subs = compileSubscriptions(ctx, arn, s.fifoTopic);
  const m = ctx.metrics;
  const published = m.counter('messagesIn');
  const delivered = m.counter('messagesOut');
  const filtered = m.counter('filteredOut');
  const failed = m.counter('deliveryFailed');
  const retries = m.counter('retries');
  const toDlq = m.counter('movedToDlq');
  const rejected = m.counter('rejected');
  const duplicates = m.counter('deduplicated');
  const dedup = new Map<string, { id: string; until: number }>();
  let sequence = 0;

  /** What this subscription's endpoint receives (also what its DLQ keeps). */
  function bodyFor(d: Delivery): unknown {
    const { sub, pub } = d;
    if (sub.protocol === 'lambda') return snsLambdaEvent(pub, sub.arn);
    const raw = sub.settings.rawMessageDelivery;
    if (sub.protocol === 'http') return raw ? pub.message : snsEnvelope(pub, sub.arn);
    return {
      MessageBody: raw ? pub.message : JSON.stringify(snsEnvelope(pub, sub.arn)),
      MessageAttributes: raw ? rawSqsAttributes(pub.attributes) : {},
      ...(d.groupId !== null && sub.out.targetKind === 'queue' && isFifoQueue(sub)
        ? { MessageGroupId: d.groupId, MessageDeduplicationId: d.dedupId }
        : {}),
    };
  }

  function isFifoQueue(sub: Subscription): boolean {
    const t = ctx.nodeAt(sub.out.targetIndex);
    return t.kind === 'queue' && t.settings.fifoQueue;
  }

  function messageOf(d: Delivery): SimMessage {
    let body: { v: unknown } | null = null;
    const payload = { get: () => (body ??= { v: bodyFor(d) }).v };
    const msg: SimMessage = {
      traceId: d.traceId,
      parentSpanId: d.parentSpanId,
      originIndex: d.originIndex,
      payload,
    };
    if (d.sub.protocol === 'http') {
      const headers = {
        'x-amz-sns-message-type': 'Notification',
        'x-amz-sns-message-id': d.pub.messageId,
        'x-amz-sns-topic-arn': arn,
        'x-amz-sns-subscription-arn': d.sub.arn,
        'content-type': 'text/plain; charset=UTF-8',
      };
      msg.http = {
        method: 'POST',
        path: '/',
        headers,
        body: {
          get: () => {
            const v = payload.get();
            return typeof v === 'string' ? v : JSON.stringify(v);
          },
        },
      };
    }
    return msg;
  }

  function deliver(d: Delivery): void {
    if (d.sub.protocol === 'lambda') {
      // Lambda accepts the asynchronous invoke (202); its own queue retries from there.
      ctx.send(d.sub.out, messageOf(d), d.attempt);
      return settle(d, 202);
    }
    ctx.call(d.sub.out, messageOf(d), (reply) => settle(d, reply.status, reply), d.attempt);
  }

  /** 2xx delivered; 429 and 5xx are server-side (retried by the policy); other 4xx are client-side (no retry). */
  function settle(d: Delivery, status: number, reply?: Reply): void {
    const now = ctx.now();
    if (status >= 200 && status < 300) {
      delivered.add(now);
      return close(d);
    }
    const serverSide = status === 429 || status >= 500;
    const delay = serverSide
      ? snsRetryDelayMs(d.sub.protocol === 'http' ? 'http' : 'aws-managed', d.attempt, ctx.random)
      : null;
    const outcome = delay !== null ? 'retrying' : d.sub.dlq ? 'dead-letter' : 'discarded';
    const spanId = ctx.newSpanId();
    if (ctx.wantsSpan(d.traceId, true)) {
      ctx.record({
        type: 'topic.delivery',
        spanId,
        traceId: d.traceId,
        parentSpanId: d.parentSpanId,
        nodeId: node.id,
        kind: 'topic',
        start: now,
        end: now,
        status: 'error',
        attempt: d.attempt,
        payload: previewPayload(d.pub.message),
        logs: [],
        error: reply?.error ?? {
          type: serverSide ? 'ServerError' : 'ClientError',
          message: `The endpoint answered ${status}.`,
        },
        messageId: d.pub.messageId,
        edgeId: d.sub.out.edge.id,
        targetNodeId: ctx.nodeAt(d.sub.out.targetIndex).id,
        protocol: d.sub.protocol,
        outcome,
        httpStatus: status,
        nextDelayMs: delay,
        deadLetterNodeId: d.sub.dlq ? ctx.nodeAt(d.sub.dlq.targetIndex).id : null,
      });
    }
    if (delay !== null) {
      retries.add(now);
      if (!d.open) ctx.traceOpen(d.traceId);
      d.open = true;
      d.attempt++;
      ctx.schedule(delay, RETRY, 0, d);
      return;
    }
    failed.add(now);
    if (d.sub.dlq) {
      toDlq.add(now);
      const body = bodyFor(d);
      const payload =
        d.sub.protocol === 'sqs'
          ? body
          : {
              MessageBody: typeof body === 'string' ? body : JSON.stringify(body),
              MessageAttributes: rawSqsAttributes(d.pub.attributes),
            };
      ctx.send(d.sub.dlq, {
        traceId: d.traceId,
        parentSpanId: spanId,
        originIndex: d.originIndex,
        payload: { get: () => payload },
      });
    }
    close(d);
  }

  function close(d: Delivery): void {
    if (d.open) ctx.traceClose(d.traceId);
    d.open = false;
  }

  function duplicateOf(key: string, now: number): string | null {
    if (dedup.size > 10_000) for (const [k, e] of dedup) if (e.until <= now) dedup.delete(k);
    const e = dedup.get(key);
    return e && e.until > now ? e.id : null;
  }

  function publish(inbound: Inbound): void {
    const now = ctx.now();
    const req = readPublish(inbound.message.payload.get());
    const spanId = ctx.newSpanId();
    const error = validatePublish(req, s.fifoTopic, s.contentBasedDeduplication);
    const dedupId = s.fifoTopic && !error ? (req.dedupId ?? sha256Hex(req.message)) : null;
    const dup = dedupId !== null ? duplicateOf(dedupId, now) : null;
    const pub: SnsPublished = {
      messageId: dup ?? (error ? '' : ctx.random.uuid()),
      topicArn: arn,
      subject: req.subject,
      message: req.message,
      timestamp: new Date(ctx.startEpochMs + now).toISOString(),
      attributes: req.attributes,
      ...(s.fifoTopic && !error && !dup
        ? { sequenceNumber: `100${String(++sequence).padStart(17, '0')}` }
        : {}),
    };
    const verdicts: SubscriptionVerdict[] = [];
    const keep = ctx.wantsSpan(inbound.message.traceId, error !== null);
    if (error) rejected.add(now);
    else if (dup) duplicates.add(now);
    else {
      published.add(now);
      if (dedupId !== null) dedup.set(dedupId, { id: pub.messageId, until: now + DEDUP_WINDOW_MS });
      const message = { attributes: req.attributes, body: req.message };
      for (const sub of subs) {
        const matched = !sub.skip && (sub.matcher === null || sub.matcher(message));
        if (keep) {
          const failures = !matched && !sub.skip && sub.explain ? sub.explain(message) : [];
          verdicts.push({
            edgeId: sub.out.edge.id,
            targetNodeId: ctx.nodeAt(sub.out.targetIndex).id,
            protocol: sub.protocol,
            matched,
            failures,
            skipped: sub.skip,
          });
        }
        if (!matched) {
          if (!sub.skip) filtered.add(now);
          continue;
        }
        const m0 = inbound.message;
        deliver({
          sub,
          pub,
          groupId: req.groupId,
          dedupId,
          attempt: 1,
          traceId: m0.traceId,
          originIndex: m0.originIndex,
          parentSpanId: spanId,
          open: false,
        });
      }
    }
    if (keep) {
      ctx.record({
        type: 'topic.publish',
        spanId,
        traceId: inbound.message.traceId,
        parentSpanId: inbound.message.parentSpanId,
        nodeId: node.id,
        kind: 'topic',
        start: now,
        end: now,
        status: error ? 'rejected' : 'ok',
        attempt: inbound.attempt,
        payload: previewPayload(req.message),
        logs: [],
        error,
        messageId: pub.messageId,
        outcome: error ? 'rejected' : dup ? 'deduplicated' : 'published',
        groupId: req.groupId,
        subscriptions: verdicts,
      });
    }
    if (error)
      inbound.reply?.({ status: 400, error, body: { Code: error.type, Message: error.message }, spanId });
    else
      inbound.reply?.({
        status: 200,
        body: {
          MessageId: pub.messageId,
          ...(pub.sequenceNumber ? { SequenceNumber: pub.sequenceNumber } : {}),
        },
        spanId,
      });
  }

  return {
    start() {
      if (subs.length === 0)
        ctx.warn({
          type: 'no-target',
          nodeId: node.id,
          message: 'This topic has no subscriptions: published messages go nowhere.',
        });
    },
    receive: publish,
    onEvent(code, _arg, payload) {
      if (code === RETRY) deliver(payload as Delivery);
    },
  };
}
