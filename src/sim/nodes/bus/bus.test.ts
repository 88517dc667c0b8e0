import { afterEach, describe, expect, it } from 'vitest';
import type { RuleTarget } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import { inlineRunner, type PlainHandler } from '../../runner';
import type { TraceRecord } from '../../records/trace';
import { BEHAVIOURS } from '../registry';

type Put = Extract<TraceRecord, { type: 'bus.put' }>;
type SqsEvent = {
  Records: Array<{ body: string; messageAttributes: Record<string, { stringValue?: string }> }>;
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

const target = (nodeId: string, extra: Partial<RuleTarget> = {}) => ({ nodeId, ...extra });
const counters = (run: ReturnType<typeof runToCompletion>, id: string) =>
  run.summary.nodes.find((n) => n.nodeId === id)!.counters;

const orders = [
  { Entries: [{ Source: 'shop', DetailType: 'Order', Detail: '{"amount":150,"id":"o-1"}' }] },
  { source: 'shop', 'detail-type': 'Order', detail: { amount: 50, id: 'o-2' } },
];

describe('EventBridge bus', () => {
  const routed = (targets: ReturnType<typeof target>[]) => {
    const { got, handler } = collect();
    const f = buildFlow({
      nodes: [
        src(orders),
        {
          id: 'bus',
          kind: 'bus',
          settings: {
            rules: [
              {
                name: 'big-orders',
                eventPattern: { source: ['shop'], detail: { amount: [{ numeric: ['>', 100] }] } },
                targets,
              },
              { name: 'refunds', eventPattern: { 'detail-type': ['Refund'] }, targets: [target('refundFn')] },
            ],
          },
        },
        { id: 'bigFn', kind: 'function', settings: {} },
        { id: 'refundFn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'bus', settings: { type: 'invoke' } },
        { source: 'bus', target: 'bigFn', settings: { type: 'invoke' } },
        { source: 'bus', target: 'refundFn', settings: { type: 'invoke' } },
      ],
      run: { durationSeconds: 10 },
    });
    return {
      run: runToCompletion(f, {
        runner: inlineRunner({ bigFn: handler('bigFn'), refundFn: handler('refundFn') }),
      }),
      got,
    };
  };

  it('routes only matching events, in the full envelope', () => {
    const { run, got } = routed([target('bigFn')]);
    expect(got.bigFn).toHaveLength(1);
    expect(got.refundFn).toBeUndefined();
    const ev = got.bigFn![0] as Record<string, unknown>;
    expect(Object.keys(ev)).toEqual([
      'version',
      'id',
      'detail-type',
      'source',
      'account',
      'time',
      'region',
      'resources',
      'detail',
    ]);
    expect(ev).toMatchObject({
      version: '0',
      source: 'shop',
      'detail-type': 'Order',
      account: '123456789012',
      region: 'us-east-1',
      detail: { amount: 150, id: 'o-1' },
    });
    expect(ev.time).toBe('2026-01-01T00:00:01Z');
    expect(counters(run, 'bus')).toMatchObject({ messagesIn: 2, matchedEvents: 1, messagesOut: 1 });
  });

  it('says per rule why it did not match', () => {
    const { run } = routed([target('bigFn')]);
    const puts = run.spans.filter((s): s is Put => s.type === 'bus.put').sort((a, b) => a.start - b.start);
    const second = puts[1]!.events[0]!;
    const big = second.rules.find((r) => r.rule === 'big-orders')!;
    expect(big.matched).toBe(false);
    expect(big.failures[0]!.path).toBe('detail.amount');
    expect(big.failures[0]!.actual).toContain('50');
    const refunds = second.rules.find((r) => r.rule === 'refunds')!;
    expect(refunds.failures[0]!.path).toBe('detail-type');
    expect(puts[0]!.events[0]!.rules.find((r) => r.rule === 'big-orders')).toMatchObject({
      matched: true,
      failures: [],
      targets: ['bigFn'],
    });
  });

  it('sends what the input transformer makes of the event', () => {
    const { got } = routed([
      target('bigFn', {
        inputTransformer: {
          inputPathsMap: { amount: '$.detail.amount', id: '$.detail.id' },
          inputTemplate:
            '{"order": "<id>", "amount": <amount>, "rule": "<aws.events.rule-name>", "text": "Order <id> is <amount>"}',
        },
      }),
    ]);
    expect(got.bigFn![0]).toEqual({
      order: 'o-1',
      amount: 150,
      rule: 'big-orders',
      text: 'Order o-1 is 150',
    });
  });

  it('sends a constant Input or the InputPath selection instead of the event', () => {
    expect(routed([target('bigFn', { input: '{"fixed":true}' })]).got.bigFn![0]).toEqual({ fixed: true });
    expect(routed([target('bigFn', { inputPath: '$.detail' })]).got.bigFn![0]).toEqual({
      amount: 150,
      id: 'o-1',
    });
  });

  it('refuses malformed entries and reports them in the PutEvents answer', () => {
    const f = buildFlow({
      nodes: [
        src([{ Entries: [{ Source: 'a', DetailType: 'b', Detail: 'not json' }] }, { hello: 'world' }]),
        { id: 'bus', kind: 'bus', settings: {} },
      ],
      edges: [{ source: 'src', target: 'bus', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(f);
    expect(counters(run, 'bus').failedEntries).toBe(2);
    const codes = run.spans
      .filter((s): s is Put => s.type === 'bus.put')
      .flatMap((s) => s.failedEntries.map((e) => e.code));
    expect(codes).toEqual(['MalformedDetail', 'InvalidArgument']);
  });

  it('refuses a PutEvents request with more than 10 entries as a whole', () => {
    const entries = Array.from({ length: 11 }, () => ({ Source: 'shop', DetailType: 'Order', Detail: '{}' }));
    const f = buildFlow({
      nodes: [src([{ Entries: entries }]), { id: 'bus', kind: 'bus', settings: {} }],
      edges: [{ source: 'src', target: 'bus', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(f);
    expect(counters(run, 'bus').messagesIn ?? 0).toBe(0);
    expect(run.spans.find((s): s is Put => s.type === 'bus.put')!.failedEntries[0]!.code).toBe(
      'ValidationException',
    );
  });

  it("delays invocations past the Region's invocations quota instead of dropping them", () => {
    const f = buildFlow({
      nodes: [
        {
          id: 'c',
          kind: 'client',
          settings: {
            load: { type: 'constant', rate: 1000 },
            request: { body: '{"source":"shop","detail-type":"Order","detail":{}}' },
          },
        },
        {
          id: 'bus',
          kind: 'bus',
          settings: { rules: [{ name: 'all', eventPattern: { source: ['shop'] }, targets: [target('fn')] }] },
        },
        { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
      ],
      edges: [
        { source: 'c', target: 'bus', settings: { type: 'invoke' } },
        { source: 'bus', target: 'fn', settings: { type: 'invoke' } },
      ],
      run: { durationSeconds: 10, region: 'af-south-1' },
    });
    const run = runToCompletion(f);
    // af-south-1 allows 750 invocations per second (plus one second of burst).
    expect(counters(run, 'bus').throttledInvocations).toBeGreaterThan(1000);
    expect(counters(run, 'fn').asyncEvents).toBeLessThanOrEqual(750 * 11);
    expect(counters(run, 'fn').asyncEvents).toBeGreaterThan(750 * 10);
  });

  it('counts archived events that match the archive pattern', () => {
    const f = buildFlow({
      nodes: [
        src(orders),
        {
          id: 'bus',
          kind: 'bus',
          settings: { archive: { eventPattern: { detail: { amount: [{ numeric: ['<', 100] }] } } } },
        },
      ],
      edges: [{ source: 'src', target: 'bus', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    expect(counters(runToCompletion(f), 'bus').archived).toBe(1);
  });

  it('replays archived events of the window to the bus rules, marked with replay-name', () => {
    const replayFlow = (rules: string[] | null) => {
      const { got, handler } = collect();
      const f = buildFlow({
        nodes: [
          src([...orders, { source: 'shop', 'detail-type': 'Order', detail: { amount: 500 } }]),
          {
            id: 'bus',
            kind: 'bus',
            settings: {
              rules: [
                { name: 'all', eventPattern: { source: ['shop'] }, targets: [target('fn')] },
                { name: 'none', eventPattern: { source: ['nobody'] } },
              ],
              archive: {
                eventPattern: { detail: { amount: [{ numeric: ['>', 100] }] } },
                replays: [
                  { name: 'again', atSeconds: 30, eventStartSeconds: 0, eventEndSeconds: 2.5, rules },
                ],
              },
            },
          },
          { id: 'fn', kind: 'function', settings: {} },
        ],
        edges: [
          { source: 'src', target: 'bus', settings: { type: 'invoke' } },
          { source: 'bus', target: 'fn', settings: { type: 'invoke' } },
        ],
        run: { durationSeconds: 60 },
      });
      return { run: runToCompletion(f, { runner: inlineRunner({ fn: handler('fn') }) }), got };
    };
    const { run, got } = replayFlow(null);
    // 3 live events; the archive kept the two over 100, and only the one at 1 s is in the window.
    const replayedEvents = (got.fn as Array<Record<string, unknown>>).filter(
      (e) => e['replay-name'] === 'again',
    );
    expect(got.fn).toHaveLength(4);
    expect(replayedEvents).toHaveLength(1);
    expect(replayedEvents[0]!.detail).toEqual({ amount: 150, id: 'o-1' });
    expect(counters(run, 'bus')).toMatchObject({ archived: 2, replayedEvents: 1 });
    expect(run.spans.some((s) => s.type === 'bus.put' && s.replayName === 'again')).toBe(true);
    expect(replayFlow(['none']).got.fn).toHaveLength(3);
  });

  it('skips a rule target the bus is not connected to, with a warning', () => {
    const { run } = routed([target('bigFn'), target('nowhere')]);
    expect(
      run.summary.warnings.some((w) => w.type === 'unsupported-setting' && w.message.includes('nowhere')),
    ).toBe(true);
  });
});

describe('EventBridge target retries and DLQ', () => {
  const original = BEHAVIOURS.external;
  afterEach(() => {
    if (original) BEHAVIOURS.external = original;
    else delete BEHAVIOURS.external;
  });

  /** An endpoint that always answers `status`; the DLQ is read by a function so its messages can be inspected. */
  function failing(
    status: number,
    retryPolicy: { maximumEventAgeInSeconds: number; maximumRetryAttempts: number },
    kind: 'external' | 'queue' = 'external',
  ) {
    BEHAVIOURS.external = () => ({
      receive: (i) =>
        i.reply?.({ status, spanId: null, error: { type: 'Unavailable', message: `answered ${status}` } }),
    });
    const { got, handler } = collect();
    const f = buildFlow({
      nodes: [
        src([
          kind === 'queue'
            ? { source: 'shop', 'detail-type': 'Order', detail: { note: 'x'.repeat(2000) } }
            : orders[0],
        ]),
        {
          id: 'bus',
          kind: 'bus',
          settings: {
            rules: [
              {
                name: 'all',
                eventPattern: { source: ['shop'] },
                targets: [target('endpoint', { retryPolicy, deadLetterQueue: 'dlq' })],
              },
            ],
          },
        },
        kind === 'external'
          ? { id: 'endpoint', kind: 'external', settings: {} }
          : { id: 'endpoint', kind: 'queue', settings: { maximumMessageSize: 1024 } },
        { id: 'dlq', kind: 'queue', settings: {} },
        { id: 'reader', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'src', target: 'bus', settings: { type: 'invoke' } },
        { source: 'bus', target: 'endpoint', settings: { type: 'invoke' } },
        { source: 'dlq', target: 'reader', settings: { type: 'sqsMapping' } },
      ],
      run: { durationSeconds: 3600 },
    });
    const run = runToCompletion(f, { runner: inlineRunner({ reader: handler('reader') }) });
    const rec = (got.reader?.[0] as SqsEvent | undefined)?.Records[0];
    const attrs = Object.fromEntries(
      Object.entries(rec?.messageAttributes ?? {}).map(([k, v]) => [k, v.stringValue]),
    );
    return { run, rec, attrs };
  }

  it('retries server errors with backoff, then sends the event to the DLQ with the documented attributes', () => {
    const { run, rec, attrs } = failing(503, { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 3 });
    expect(attrs).toEqual({
      ERROR_CODE: 'INTERNAL_ERROR',
      ERROR_MESSAGE: 'answered 503',
      EXHAUSTED_RETRY_CONDITION: 'MaximumRetryAttempts',
      RETRY_ATTEMPTS: '3',
      RULE_ARN: 'arn:aws:events:us-east-1:123456789012:rule/bus/all',
      TARGET_ARN: 'arn:aws:events:us-east-1:123456789012:api-destination/endpoint',
    });
    expect(JSON.parse(rec!.body)).toMatchObject({ source: 'shop', 'detail-type': 'Order' });
    const attempts = run.spans.filter((s) => s.type === 'bus.delivery').sort((a, b) => a.start - b.start);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    // Backoff grows: each wait at least half of 1 s, 2 s, 4 s.
    for (let i = 1; i < attempts.length; i++)
      expect(attempts[i]!.start - attempts[i - 1]!.start).toBeGreaterThanOrEqual(500 * 2 ** (i - 1));
    expect(counters(run, 'bus')).toMatchObject({ retries: 3, movedToDlq: 1, failedInvocations: 1 });
  });

  it('stops at the maximum event age and names it', () => {
    const { attrs } = failing(429, { maximumEventAgeInSeconds: 60, maximumRetryAttempts: 185 });
    expect(attrs.ERROR_CODE).toBe('THROTTLING');
    expect(attrs.EXHAUSTED_RETRY_CONDITION).toBe('MaximumEventAgeInSeconds');
    expect(Number(attrs.RETRY_ATTEMPTS)).toBeGreaterThan(2);
    expect(Number(attrs.RETRY_ATTEMPTS)).toBeLessThan(10);
  });

  it('retries at the same virtual times for the same seed', () => {
    const times = () =>
      failing(503, { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 5 })
        .run.spans.filter((s) => s.type === 'bus.delivery')
        .map((s) => s.start);
    const a = times();
    expect(a).toHaveLength(6);
    expect(times()).toEqual(a);
  });

  it('sends unrecoverable errors to the DLQ without retrying', () => {
    const { run, attrs } = failing(
      400,
      { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 },
      'queue',
    );
    expect(attrs.RETRY_ATTEMPTS).toBe('0');
    expect(attrs.EXHAUSTED_RETRY_CONDITION).toBeUndefined();
    expect(attrs.TARGET_ARN).toBe('arn:aws:sqs:us-east-1:123456789012:endpoint');
    expect(counters(run, 'bus').retries ?? 0).toBe(0);
  });
});
