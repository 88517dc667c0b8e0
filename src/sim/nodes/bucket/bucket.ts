import type { NodeOfKind } from '../../../model';
import { sampler } from '../../core/distribution';
import type { Inbound, NodeBehaviour, NodeContext, Reply } from '../../core/types';
import { notificationMatches, s3Event } from '../../events/s3';
import { STORE_VIEW_LIMIT } from '../../records/storeView';
import { previewPayload } from '../../records/trace';
import { compareKeys, ObjectStore, S3Error, type ObjectResult } from './objects';

const REPLY = 1;

interface Pending {
  inbound: Inbound;
  reply: Reply;
  start: number;
  operation: string;
  result: ObjectResult | null;
}

/**
 * S3: objects kept for the run, object operations with a latency model, and event
 * notifications (event types, prefix and suffix filters) to functions, queues and topics.
 */
export function bucketBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'bucket'>).settings;
  const name = ctx.node.id;
  const store = new ObjectStore(name);
  const draw = sampler(s.latency);
  const notifications = ctx.outEdges('notification');
  const m = ctx.metrics;
  const puts = m.counter('puts');
  const gets = m.counter('gets');
  const deletes = m.counter('deletes');
  const notified = m.counter('notifications');
  const objectCount = m.gauge('objectCount');
  const latency = m.histogram('latency');
  let sequencer = 0;

  function read(payload: unknown): { operation: string; params: Record<string, unknown> } {
    const p = payload as Record<string, unknown> | null;
    if (p && typeof p === 'object' && typeof p.operation === 'string')
      return { operation: p.operation, params: (p.params ?? {}) as Record<string, unknown> };
    // A producer's message is stored as an object: its `key` field names it, or a key is made up.
    const key =
      p && typeof p === 'object' && typeof p.key === 'string' && p.key.length > 0
        ? p.key
        : `objects/${ctx.random.uuid()}.json`;
    return {
      operation: 'PutObject',
      params: {
        Key: key,
        Body: typeof payload === 'string' ? payload : JSON.stringify(payload),
        ContentType: 'application/json',
      },
    };
  }

  function handle(inbound: Inbound, spanId: number): Pending {
    const start = ctx.now();
    let operation = '?';
    try {
      const req = read(inbound.message.payload.get());
      operation = req.operation;
      const result = store.execute(req.operation, req.params, ctx.startEpochMs + start);
      if (operation === 'PutObject' || operation === 'CopyObject') puts.add(start);
      else if (operation === 'DeleteObject') deletes.add(start);
      else gets.add(start);
      if (result.change) objectCount.set(start, store.objects.size);
      return {
        inbound,
        start,
        operation,
        result,
        reply: { status: result.status, body: result.body, spanId },
      };
    } catch (e) {
      if (!(e instanceof S3Error)) throw e;
      return {
        inbound,
        start,
        operation,
        result: null,
        reply: {
          status: e.status,
          body: { Code: e.code, Message: e.message },
          error: { type: e.code, message: e.message },
          spanId,
        },
      };
    }
  }

  /** Sends the event notifications a change triggers; returns the ids of the nodes notified. */
  function notify(p: Pending): string[] {
    const change = p.result?.change;
    if (!change) return [];
    const { object, eventName } = change;
    const seq = (++sequencer).toString(16).toUpperCase().padStart(18, '0');
    const targets: string[] = [];
    for (const out of notifications) {
      const n = out.edge.settings;
      if (
        n.type !== 'notification' ||
        !notificationMatches(n.events, n.prefix, n.suffix, { eventName, key: object.key })
      )
        continue;
      const removed = eventName === 'ObjectRemoved:Delete';
      const hex = () => ctx.random.uuid().replace(/-/g, '').toUpperCase();
      const event = s3Event(
        {
          eventName,
          key: object.key,
          ...(removed ? {} : { size: object.size, eTag: object.eTag }),
          sequencer: seq,
          epochMs: ctx.startEpochMs + p.start,
        },
        {
          bucket: name,
          region: ctx.run.region,
          configurationId: out.edge.id,
          requestId: hex().slice(0, 16),
          hostId: hex(),
        },
      );
      const msg = p.inbound.message;
      ctx.send(out, {
        traceId: msg.traceId,
        parentSpanId: p.reply.spanId,
        originIndex: msg.originIndex,
        payload: { get: () => event },
      });
      notified.add(ctx.now());
      targets.push(ctx.nodeAt(out.targetIndex).id);
    }
    return targets;
  }

  function finish(p: Pending): void {
    const now = ctx.now();
    latency.record(now, now - p.start);
    const targets = notify(p);
    const { message } = p.inbound;
    const failed = p.reply.status >= 400;
    if (ctx.wantsSpan(message.traceId, failed)) {
      ctx.record({
        type: 'bucket.request',
        spanId: p.reply.spanId!,
        traceId: message.traceId,
        parentSpanId: message.parentSpanId,
        nodeId: ctx.node.id,
        kind: ctx.node.kind,
        start: p.start,
        end: now,
        status: failed ? 'error' : 'ok',
        attempt: p.inbound.attempt,
        payload: previewPayload(message.payload.get()),
        logs: [],
        error: p.reply.error ?? null,
        operation: p.operation,
        key: p.result?.key ?? null,
        httpStatus: p.reply.status,
        notified: targets,
      });
    }
    p.inbound.reply?.(p.reply);
    ctx.traceClose(message.traceId);
  }

  return {
    receive(inbound) {
      ctx.traceOpen(inbound.message.traceId);
      // The object changes when the request arrives; the answer and the notifications follow after the latency.
      ctx.schedule(draw(ctx.random), REPLY, 0, handle(inbound, ctx.newSpanId()));
    },
    onEvent(code, _arg, payload) {
      if (code === REPLY) finish(payload as Pending);
    },
    inspect() {
      const objects = [...store.objects.values()].sort((a, b) => compareKeys(a.key, b.key));
      return {
        type: 'bucket',
        bucket: name,
        objectCount: objects.length,
        truncated: objects.length > STORE_VIEW_LIMIT,
        objects: objects.slice(0, STORE_VIEW_LIMIT).map((o) => ({
          key: o.key,
          size: o.size,
          eTag: o.eTag,
          lastModified: new Date(o.lastModified).toISOString(),
          contentType: o.contentType,
          body: o.body,
        })),
      };
    },
  };
}
