import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import { inlineRunner, type PlainHandler } from '../../runner';
import { RandomStream } from '../../core/random';
import type { TraceRecord } from '../../records/trace';
import { snsRetryDelayMs } from './retry';

type Publish = Extract<TraceRecord, { type: 'topic.publish' }>;
type SqsEvent = {
  Records: Array<{
    body: string;
    messageAttributes: Record<string, { stringValue?: string; dataType: string }>;
  }>;
};

const src = (payloads: unknown[]) => ({
  id: 'src',
  kind: 'source' as const,
  settings: {
    events: payloads.map((p, i) => ({ label: `e${i}`, atSeconds: 1 + i, payload: JSON.stringify(p) })),
  },
});

function collect() {
  const got: Record<string, unknown[]> = {};
  const handler =
    (id: string): PlainHandler =>
    (event) => {
      (got[id] ??= []).push(event);
      return {};
    };
  return { got, handler };
}

const counters = (run: ReturnType<typeof runToCompletion>, id: string) =>
  run.summary.nodes.find((n) => n.nodeId === id)!.counters;

describe('SNS topic', () => {
  const fanOut = () => {
    const { got, handler } = collect();
    const f = buildFlow({
      nodes: [
        src([
          {
            Message: '{"amount":150,"currency":"EUR"}',
            Subject: 'order',
            MessageAttributes: { type: { DataType: 'String', StringValue: 'order' } },
          },
        ]),
        { id: 'topic', kind: 'topic', settings: {} },
        { id: 'orders', kind: 'queue', settings: {} },
        { id: 'refunds', kind: 'queue', settings: {} },
        { id: 'big', kind: 'function', settings: {} },
        { id: 'ordersFn', kind: 'function', settings: {} },
        { id: 'refundsFn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'topic', settings: { type: 'invoke' } },
        {
          id: 'toOrders',
          source: 'topic',
          target: 'orders',
          settings: { type: 'subscription', filterPolicy: { type: ['order'] } },
        },
        {
          id: 'toRefunds',
          source: 'topic',
          target: 'refunds',
          settings: { type: 'subscription', filterPolicy: { type: ['refund'] }, rawMessageDelivery: true },
        },
        {
          id: 'toBig',
          source: 'topic',
          target: 'big',
          settings: {
            type: 'subscription',
            filterPolicy: { amount: [{ numeric: ['>', 100] }] },
            filterPolicyScope: 'MessageBody',
          },
        },
        { source: 'orders', target: 'ordersFn', settings: { type: 'sqsMapping' } },
        { source: 'refunds', target: 'refundsFn', settings: { type: 'sqsMapping' } },
      ],
      run: { durationSeconds: 30 },
    });
    return {
      run: runToCompletion(f, {
        runner: inlineRunner({
          big: handler('big'),
          ordersFn: handler('ordersFn'),
          refundsFn: handler('refundsFn'),
        }),
      }),
      got,
    };
  };

  it('delivers one publish to exactly the subscriptions whose filter policy matches', () => {
    const { run, got } = fanOut();
    expect(counters(run, 'orders').messagesIn).toBe(1);
    expect(counters(run, 'refunds').messagesIn ?? 0).toBe(0);
    expect(got.big).toHaveLength(1);
    expect(counters(run, 'topic')).toMatchObject({ messagesIn: 1, messagesOut: 2, filteredOut: 1 });
  });

  it('records why a subscription did not match', () => {
    const { run } = fanOut();
    const span = run.spans.find((s): s is Publish => s.type === 'topic.publish')!;
    const byEdge = Object.fromEntries(span.subscriptions.map((v) => [v.edgeId, v]));
    expect(byEdge.toOrders!.matched).toBe(true);
    expect(byEdge.toBig!.matched).toBe(true);
    expect(byEdge.toRefunds!.matched).toBe(false);
    expect(byEdge.toRefunds!.failures[0]!.path).toBe('type');
    expect(byEdge.toRefunds!.failures[0]!.actual).toContain('order');
  });

  it('wraps messages in the SNS envelope unless raw delivery is on, and gives Lambda the SNS event', () => {
    const { got } = fanOut();
    const body = JSON.parse((got.ordersFn![0] as SqsEvent).Records[0]!.body);
    expect(body).toMatchObject({
      Type: 'Notification',
      Subject: 'order',
      Message: '{"amount":150,"currency":"EUR"}',
      MessageAttributes: { type: { Type: 'String', Value: 'order' } },
    });
    expect(body.TopicArn).toBe('arn:aws:sns:us-east-1:123456789012:topic');
    const ev = got.big![0] as {
      Records: Array<{ EventSource: string; Sns: { Message: string; Subject: string } }>;
    };
    expect(ev.Records[0]!.EventSource).toBe('aws:sns');
    expect(ev.Records[0]!.Sns.Message).toBe('{"amount":150,"currency":"EUR"}');
  });

  it('delivers the raw message with its attributes as SQS message attributes', () => {
    const { got, handler } = collect();
    const f = buildFlow({
      nodes: [
        src([
          { Message: 'hello', MessageAttributes: { type: { DataType: 'String', StringValue: 'refund' } } },
        ]),
        { id: 'topic', kind: 'topic', settings: {} },
        { id: 'q', kind: 'queue', settings: {} },
        { id: 'fn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'topic', settings: { type: 'invoke' } },
        { source: 'topic', target: 'q', settings: { type: 'subscription', rawMessageDelivery: true } },
        { source: 'q', target: 'fn', settings: { type: 'sqsMapping' } },
      ],
      run: { durationSeconds: 10 },
    });
    runToCompletion(f, { runner: inlineRunner({ fn: handler('fn') }) });
    const rec = (got.fn![0] as SqsEvent).Records[0]!;
    expect(rec.body).toBe('hello');
    expect(rec.messageAttributes.type).toMatchObject({ stringValue: 'refund', dataType: 'String' });
  });

  it('sends a message the endpoint refuses (client error) to the subscription DLQ without retrying', () => {
    const f = buildFlow({
      nodes: [
        src([{ Message: 'x'.repeat(3000) }]),
        { id: 'topic', kind: 'topic', settings: {} },
        { id: 'small', kind: 'queue', settings: { maximumMessageSize: 1024 } },
        { id: 'dlq', kind: 'queue', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'topic', settings: { type: 'invoke' } },
        { source: 'topic', target: 'small', settings: { type: 'subscription', deadLetterQueue: 'dlq' } },
      ],
      run: { durationSeconds: 10 },
    });
    const run = runToCompletion(f);
    expect(counters(run, 'topic')).toMatchObject({ movedToDlq: 1, deliveryFailed: 1 });
    expect(counters(run, 'topic').retries ?? 0).toBe(0);
    expect(counters(run, 'dlq').messagesIn).toBe(1);
    expect(run.spans.find((s) => s.type === 'topic.delivery')).toMatchObject({
      outcome: 'dead-letter',
      httpStatus: 400,
      deadLetterNodeId: 'dlq',
    });
  });

  it('delivers a FIFO topic to a FIFO queue in order per group, deduplicating', () => {
    const { got, handler } = collect();
    const sends = ['a1', 'b1', 'a2', 'a2', 'b2', 'a3'].map((b) => ({ Message: b, MessageGroupId: b[0] }));
    const f = buildFlow({
      nodes: [
        src(sends),
        { id: 'topic', kind: 'topic', settings: { fifoTopic: true, contentBasedDeduplication: true } },
        { id: 'q', kind: 'queue', settings: { fifoQueue: true } },
        { id: 'fn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'topic', settings: { type: 'invoke' } },
        { source: 'topic', target: 'q', settings: { type: 'subscription', rawMessageDelivery: true } },
        { source: 'q', target: 'fn', settings: { type: 'sqsMapping' } },
      ],
      run: { durationSeconds: 20 },
    });
    const run = runToCompletion(f, { runner: inlineRunner({ fn: handler('fn') }) });
    const bodies = (got.fn as SqsEvent[]).flatMap((e) => e.Records.map((r) => r.body));
    expect(bodies.filter((b) => b.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(bodies.filter((b) => b.startsWith('b'))).toEqual(['b1', 'b2']);
    expect(counters(run, 'topic').deduplicated).toBe(1);
  });

  it('follows the documented delivery policies', () => {
    const r = new RandomStream(1);
    const managed = Array.from({ length: 16 }, (_, i) => snsRetryDelayMs('aws-managed', i + 1, r)!);
    expect(managed.slice(0, 3)).toEqual([0, 0, 0]);
    expect(managed[3]).toBeGreaterThanOrEqual(900);
    expect(managed[3]).toBeLessThanOrEqual(1100);
    expect(managed[14]).toBeGreaterThanOrEqual(18_000);
    expect(managed[15]).toBeLessThanOrEqual(22_000);
    expect(snsRetryDelayMs('aws-managed', 100_015, r)).not.toBeNull();
    expect(snsRetryDelayMs('aws-managed', 100_016, r)).toBeNull();
    expect(snsRetryDelayMs('http', 3, r)).toBeGreaterThanOrEqual(18_000);
    expect(snsRetryDelayMs('http', 4, r)).toBeNull();
  });
});
