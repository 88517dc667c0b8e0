import type { NodeOfKind } from '../../../model';
import { sampler } from '../../core/distribution';
import type { Inbound, NodeBehaviour, NodeContext, Reply } from '../../core/types';
import { previewPayload } from '../../records/trace';
import { STORE_VIEW_LIMIT } from '../../records/storeView';
import { MAPPING_POLL, pollMapping } from '../stream/mapping';
import { DynamoError } from './attributes';
import { fromWire, readTableRequest, toWire } from './request';
import { TableStore, type Change } from './store';
import { TableStream } from './tableStream';

const REPLY = 1;

interface Pending {
  inbound: Inbound;
  reply: Reply;
  start: number;
  operation: string;
  change: Change | null;
}

/** DynamoDB: items kept for the run, the item operations with expressions, latency, and DynamoDB Streams. */
/** Operations DynamoDB counts (and bills) as writes, whether or not they change an item. */
const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);

export function tableBehaviour(ctx: NodeContext): NodeBehaviour {
  const s = (ctx.node as NodeOfKind<'table'>).settings;
  const store = new TableStore({ pk: s.partitionKey, sk: s.sortKey });
  const draw = sampler(s.latency);
  const stream = s.streamViewType ? new TableStream(ctx, s.streamViewType) : null;
  const m = ctx.metrics;
  const reads = m.counter('reads');
  const writes = m.counter('writes');
  const failures = m.counter('conditionalCheckFailed');
  const itemCount = m.gauge('itemCount');
  const latency = m.histogram('latency');

  if (!stream && ctx.outEdges('streamMapping').length > 0) {
    ctx.warn({
      type: 'unsupported-setting',
      nodeId: ctx.node.id,
      setting: 'streamViewType',
      message:
        'The table has a stream mapping but no stream (streamViewType is not set): the function gets nothing.',
    });
  }

  function handle(
    inbound: Inbound,
    spanId: number,
  ): { reply: Reply; operation: string; change: Change | null } {
    const now = ctx.now();
    let operation = '?';
    try {
      const req = readTableRequest(inbound.message.payload.get());
      operation = req.operation;
      const result = store.execute(req.operation, toWire(req));
      // DynamoDB performs (and bills) a write even when it changes nothing; only the stream skips it.
      if (WRITE_OPERATIONS.has(req.operation)) writes.add(now);
      else if (['GetItem', 'Query', 'Scan'].includes(req.operation)) reads.add(now);
      if (result.change) {
        itemCount.set(now, store.count);
        stream?.append(result.change, inbound.message.traceId, inbound.message.originIndex, spanId);
      }
      // Answers are copies, so a caller cannot change the stored items through them.
      const body = fromWire(JSON.parse(JSON.stringify(result.body)) as Record<string, unknown>, req.document);
      return { reply: { status: 200, body, spanId }, operation, change: result.change };
    } catch (e) {
      if (!(e instanceof DynamoError)) throw e;
      if (e.type === 'ConditionalCheckFailedException') failures.add(now);
      const body: Record<string, unknown> = {
        __type: `com.amazonaws.dynamodb.v20120810#${e.type}`,
        message: e.message,
      };
      if (e.item) body.Item = e.item;
      return {
        reply: { status: 400, body, error: { type: e.type, message: e.message }, spanId },
        operation,
        change: null,
      };
    }
  }

  function finish(p: Pending): void {
    const now = ctx.now();
    latency.record(now, now - p.start);
    const { message } = p.inbound;
    if (ctx.wantsSpan(message.traceId, p.reply.status !== 200)) {
      ctx.record({
        type: 'table.request',
        spanId: p.reply.spanId!,
        traceId: message.traceId,
        parentSpanId: message.parentSpanId,
        nodeId: ctx.node.id,
        kind: ctx.node.kind,
        start: p.start,
        end: now,
        status: p.reply.status === 200 ? 'ok' : 'error',
        attempt: p.inbound.attempt,
        payload: previewPayload(message.payload.get()),
        logs: [],
        error: p.reply.error ?? null,
        operation: p.operation,
        httpStatus: p.reply.status,
        streamEvent: stream && p.change ? p.change.eventName : null,
      });
    }
    p.inbound.reply?.(p.reply);
    ctx.traceClose(message.traceId);
  }

  return {
    receive(inbound) {
      const start = ctx.now();
      ctx.traceOpen(inbound.message.traceId);
      // The write takes effect when the request arrives; the caller hears back after the latency.
      const { reply, operation, change } = handle(inbound, ctx.newSpanId());
      ctx.schedule(draw(ctx.random), REPLY, 0, {
        inbound,
        reply,
        start,
        operation,
        change,
      } satisfies Pending);
    },
    onEvent(code, arg, payload) {
      if (code === REPLY) finish(payload as Pending);
      else if (code === MAPPING_POLL) pollMapping(arg, payload);
    },
    inspect() {
      const items = store.items();
      return {
        type: 'table',
        partitionKey: s.partitionKey.name,
        sortKey: s.sortKey?.name ?? null,
        itemCount: items.length,
        items: items.slice(0, STORE_VIEW_LIMIT),
        truncated: items.length > STORE_VIEW_LIMIT,
      };
    },
  };
}
