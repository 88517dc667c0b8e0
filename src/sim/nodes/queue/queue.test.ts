import { describe, expect, it } from 'vitest';
import type { FlowInput } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import { inlineRunner, type PlainHandler } from '../../runner';
import type { TraceRecord } from '../../records/trace';
import { sha256Hex } from '../../events/sha256';

type Rec = { messageId: string; body: string; attributes: Record<string, string> };
type SqsEvent = { Records: Rec[] };
type Node = Parameters<typeof buildFlow>[0]['nodes'][number];
type EdgeSpec = NonNullable<Parameters<typeof buildFlow>[0]['edges']>[number];

const events = (bodies: Array<{ at: number; payload: unknown }>) =>
  bodies.map((b, i) => ({ label: `e${i}`, atSeconds: b.at, payload: JSON.stringify(b.payload) }));

function flow(nodes: Node[], edges: EdgeSpec[], durationSeconds: number, seed = 1) {
  return buildFlow({ nodes, edges, run: { durationSeconds, seed } as FlowInput['run'] });
}

/** Records every batch a function gets; `fail` decides per batch what the handler does. */
function recorder(fail: (e: SqsEvent, n: number) => ReturnType<PlainHandler> = () => ({})) {
  const batches: SqsEvent[] = [];
  const handler: PlainHandler = (event) => {
    const e = event as SqsEvent;
    batches.push(e);
    return fail(e, batches.length);
  };
  return { batches, handler };
}

const counters = (run: ReturnType<typeof runToCompletion>, id: string) =>
  run.summary.nodes.find((n) => n.nodeId === id)!.counters;
const boom = { error: { type: 'Error', message: 'boom' } };

describe('SQS queue with a Lambda event source mapping', () => {
  it('receives a poison message maxReceiveCount (3) times, then moves it to the DLQ with its enqueue time', () => {
    const worker = recorder(() => boom);
    const dlqReader = recorder();
    const f = flow(
      [
        {
          id: 'src',
          kind: 'source',
          settings: { events: events([{ at: 1, payload: { order: 'poison' } }]) },
        },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 10 } },
        { id: 'dlq', kind: 'queue', settings: { visibilityTimeout: 10 } },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 100 } } },
        { id: 'reader', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        { source: 'q', target: 'worker', settings: { type: 'sqsMapping' } },
        { source: 'q', target: 'dlq', settings: { type: 'deadLetter', maxReceiveCount: 3 } },
        { source: 'dlq', target: 'reader', settings: { type: 'sqsMapping' } },
      ],
      120,
    );
    const run = runToCompletion(f, {
      runner: inlineRunner({ worker: worker.handler, reader: dlqReader.handler }),
    });
    expect(worker.batches.map((b) => b.Records[0]!.attributes.ApproximateReceiveCount)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(counters(run, 'q').movedToDlq).toBe(1);
    expect(dlqReader.batches).toHaveLength(1);
    const moved = dlqReader.batches[0]!.Records[0]!;
    const first = worker.batches[0]!.Records[0]!;
    expect(moved.messageId).toBe(first.messageId);
    expect(moved.body).toBe('{"order":"poison"}');
    // The DLQ keeps the original enqueue timestamp.
    expect(moved.attributes.SentTimestamp).toBe(first.attributes.SentTimestamp);
    // Redelivery waits for the visibility timeout.
    const receives = run.spans.filter(
      (s): s is Extract<TraceRecord, { type: 'queue.receive' }> =>
        s.type === 'queue.receive' && s.nodeId === 'q',
    );
    expect(receives.map((r) => r.start)).toEqual([1000, 11000, 21000]);
    expect(receives.every((r) => r.outcome === 'function-error')).toBe(true);
    const removal = run.spans.find((s) => s.type === 'queue.remove');
    expect(removal).toMatchObject({ reason: 'moved-to-dlq', targetNodeId: 'dlq', start: 31000 });
  });

  const partialFlow = (fail: Parameters<typeof recorder>[0]) => {
    const worker = recorder(fail);
    const bodies = ['ok1', 'bad1', 'ok2', 'bad2', 'ok3'];
    const f = flow(
      [
        {
          id: 'src',
          kind: 'source',
          settings: { events: events(bodies.map((b) => ({ at: 1, payload: { MessageBody: b } }))) },
        },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 5 } },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 50 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        {
          source: 'q',
          target: 'worker',
          settings: { type: 'sqsMapping', functionResponseTypes: ['ReportBatchItemFailures'] },
        },
      ],
      60,
    );
    return { run: runToCompletion(f, { runner: inlineRunner({ worker: worker.handler }) }), worker };
  };

  it('redelivers only the items a partial batch response lists', () => {
    const { run, worker } = partialFlow((e) => ({
      value: {
        batchItemFailures: e.Records.filter(
          (r) => r.body.startsWith('bad') && r.attributes.ApproximateReceiveCount === '1',
        ).map((r) => ({ itemIdentifier: r.messageId })),
      },
    }));
    expect(worker.batches.map((b) => b.Records.map((r) => r.body))).toEqual([
      ['ok1', 'bad1', 'ok2', 'bad2', 'ok3'],
      ['bad1', 'bad2'],
    ]);
    expect(worker.batches[1]!.Records.map((r) => r.attributes.ApproximateReceiveCount)).toEqual(['2', '2']);
    expect(counters(run, 'q').deleted).toBe(5);
    expect(counters(run, 'q').received).toBe(7);
  });

  it('fails the whole batch on an invalid partial batch response', () => {
    const { worker } = partialFlow((_e, n) =>
      n === 1 ? { value: { batchItemFailures: [{ itemIdentifier: 'no-such-id' }] } } : { value: null },
    );
    expect(worker.batches.map((b) => b.Records.length)).toEqual([5, 5]);
  });

  it('keeps order within each FIFO message group under retries', () => {
    const processed: string[] = [];
    const seen: Rec[] = [];
    let failedOnce = false;
    const worker: PlainHandler = (event) => {
      const recs = (event as SqsEvent).Records;
      seen.push(...recs);
      if (!failedOnce && recs.some((r) => r.body === 'A2')) {
        failedOnce = true;
        return boom;
      }
      processed.push(...recs.map((r) => r.body));
      return {};
    };
    const sends = [];
    for (let i = 1; i <= 6; i++)
      for (const g of ['A', 'B'])
        sends.push({ at: i * 0.5, payload: { MessageBody: `${g}${i}`, MessageGroupId: g } });
    const f = flow(
      [
        { id: 'src', kind: 'source', settings: { events: events(sends) } },
        {
          id: 'q',
          kind: 'queue',
          settings: { fifoQueue: true, contentBasedDeduplication: true, visibilityTimeout: 5 },
        },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 700 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        { source: 'q', target: 'worker', settings: { type: 'sqsMapping', batchSize: 2 } },
      ],
      120,
    );
    runToCompletion(f, { runner: inlineRunner({ worker }) });
    for (const g of ['A', 'B'])
      expect(processed.filter((b) => b.startsWith(g))).toEqual([1, 2, 3, 4, 5, 6].map((i) => `${g}${i}`));
    expect(failedOnce).toBe(true);
    // Content-based deduplication ids are the body's SHA-256; the group travels with the record.
    expect(seen[0]!.attributes.MessageDeduplicationId).toBe(sha256Hex(seen[0]!.body));
    expect(seen[0]!.attributes.MessageGroupId).toBe(seen[0]!.body[0]);
  });

  it('sends a batch when the batching window ends or the batch is full', () => {
    const worker = recorder();
    const sends = [1, 1, 1, 3, 3].map((at) => ({ at, payload: { MessageBody: `at${at}` } }));
    for (let i = 0; i < 4; i++) sends.push({ at: 20, payload: { MessageBody: `burst${i}` } });
    const f = flow(
      [
        { id: 'src', kind: 'source', settings: { events: events(sends) } },
        { id: 'q', kind: 'queue', settings: {} },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        {
          source: 'q',
          target: 'worker',
          settings: { type: 'sqsMapping', batchSize: 4, maximumBatchingWindowInSeconds: 5 },
        },
      ],
      60,
    );
    const run = runToCompletion(f, { runner: inlineRunner({ worker: worker.handler }) });
    expect(worker.batches.map((b) => b.Records.length)).toEqual([4, 1, 4]);
    const starts = run.spans
      .filter((s) => s.type === 'function.invoke')
      .map((s) => s.start)
      .sort((a, b) => a - b);
    // Full at 3 s (4 messages), the rest when its window ends at 8 s, the burst at once.
    expect(starts[0]).toBe(3000);
    expect(starts[1]).toBe(8000);
    expect(starts[2]).toBe(20000);
  });

  it('deduplicates FIFO sends for 5 minutes and refuses sends without a group id', () => {
    const f = flow(
      [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: events([
              { at: 1, payload: { MessageBody: 'same', MessageGroupId: 'g' } },
              { at: 100, payload: { MessageBody: 'same', MessageGroupId: 'g' } },
              { at: 302, payload: { MessageBody: 'same', MessageGroupId: 'g' } },
              { at: 303, payload: { MessageBody: 'no group' } },
            ]),
          },
        },
        { id: 'q', kind: 'queue', settings: { fifoQueue: true, contentBasedDeduplication: true } },
      ],
      [{ source: 'src', target: 'q', settings: { type: 'invoke' } }],
      400,
    );
    const run = runToCompletion(f);
    expect(counters(run, 'q')).toMatchObject({ messagesIn: 2, deduplicated: 1, rejected: 1 });
  });

  it('holds messages for delaySeconds and deletes them after the retention period', () => {
    const worker = recorder();
    const f = flow(
      [
        { id: 'src', kind: 'source', settings: { events: events([{ at: 0, payload: 'x' }]) } },
        { id: 'delayed', kind: 'queue', settings: { delaySeconds: 30 } },
        { id: 'kept', kind: 'queue', settings: { messageRetentionPeriod: 60 } },
        { id: 'worker', kind: 'function', settings: {} },
      ],
      [
        { source: 'src', target: 'delayed', settings: { type: 'invoke' } },
        { source: 'src', target: 'kept', settings: { type: 'invoke' } },
        { source: 'delayed', target: 'worker', settings: { type: 'sqsMapping' } },
      ],
      100,
    );
    const run = runToCompletion(f, { runner: inlineRunner({ worker: worker.handler }) });
    const rec = run.spans.find((s) => s.type === 'queue.receive')!;
    expect(rec.start).toBe(30_000);
    expect(counters(run, 'kept').expired).toBe(1);
    const kept = run.summary.nodes.find((n) => n.nodeId === 'kept')!;
    expect(kept.gauges.queueAgeMs!.max).toBeGreaterThanOrEqual(59_000);
    expect(kept.gauges.queueAgeMs!.max).toBeLessThanOrEqual(60_000);
    expect(kept.gauges.queueDepth!.max).toBe(1);
  });

  it('refuses messages larger than maximumMessageSize with SQS’s error', () => {
    const f = flow(
      [
        {
          id: 'c',
          kind: 'client',
          settings: { load: { type: 'constant', rate: 1 }, request: { body: 'x'.repeat(2000) } },
        },
        { id: 'q', kind: 'queue', settings: { maximumMessageSize: 1024 } },
      ],
      [{ source: 'c', target: 'q', settings: { type: 'invoke' } }],
      5,
    );
    const run = runToCompletion(f);
    expect(counters(run, 'c').responses4xx).toBeGreaterThan(0);
    expect(counters(run, 'q').messagesIn ?? 0).toBe(0);
    expect(run.spans.find((s) => s.type === 'queue.send')!.error!.type).toBe('InvalidParameterValue');
  });

  const scaleFlow = (maximumConcurrency: number | null, seed = 1) =>
    flow(
      [
        { id: 'c', kind: 'client', settings: { load: { type: 'constant', rate: 400 } } },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 120 } },
        {
          id: 'worker',
          kind: 'function',
          settings: { duration: { type: 'constant', value: 20_000 }, timeout: 60 },
        },
      ],
      [
        { source: 'c', target: 'q', settings: { type: 'invoke' } },
        {
          source: 'q',
          target: 'worker',
          settings: { type: 'sqsMapping', batchSize: 10, maximumConcurrency },
        },
      ],
      30,
      seed,
    );

  it('starts with 5 concurrent batches and adds 300 per minute, capped by maximumConcurrency', () => {
    const run = runToCompletion(scaleFlow(null));
    const q = run.summary.nodes.find((n) => n.nodeId === 'q')!;
    const worker = run.summary.nodes.find((n) => n.nodeId === 'worker')!;
    // 30 s at 5 per second on top of 5: about 155.
    expect(q.gauges.pollerConcurrency!.max).toBeGreaterThan(140);
    expect(q.gauges.pollerConcurrency!.max).toBeLessThanOrEqual(156);
    expect(worker.gauges.concurrency!.max).toBe(q.gauges.pollerConcurrency!.max);
    const capped = runToCompletion(scaleFlow(10)).summary.nodes.find((n) => n.nodeId === 'worker')!;
    expect(capped.gauges.concurrency!.max).toBe(10);
  });

  it('returns throttled batches after the visibility timeout and loses nothing', () => {
    const f = flow(
      [
        {
          id: 'src',
          kind: 'source',
          settings: { events: events(Array.from({ length: 30 }, (_, i) => ({ at: 1, payload: { n: i } }))) },
        },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 10 } },
        {
          id: 'worker',
          kind: 'function',
          settings: { duration: { type: 'constant', value: 1000 }, reservedConcurrentExecutions: 1 },
        },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        { source: 'q', target: 'worker', settings: { type: 'sqsMapping', batchSize: 2 } },
      ],
      300,
    );
    const run = runToCompletion(f);
    expect(counters(run, 'worker').throttles).toBeGreaterThan(0);
    expect(counters(run, 'q').deleted).toBe(30);
    expect(run.spans.some((s) => s.type === 'queue.receive' && s.outcome === 'throttled')).toBe(true);
  });

  it('gives the same result for the same seed', () => {
    const a = runToCompletion(scaleFlow(null, 7));
    const b = runToCompletion(scaleFlow(null, 7));
    expect(JSON.stringify(a.summary)).toBe(JSON.stringify(b.summary));
    expect(JSON.stringify(a.spans.slice(0, 200))).toBe(JSON.stringify(b.spans.slice(0, 200)));
  });
});

describe('SQS mapping batching window longer than the visibility timeout', () => {
  it('never puts a message twice in one batch, counts one receive each, and warns', () => {
    const worker = recorder();
    const sends = [1, 1].map((at, i) => ({ at, payload: { MessageBody: `m${i + 1}` } }));
    const f = flow(
      [
        { id: 'src', kind: 'source', settings: { events: events(sends) } },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 30 } },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        {
          source: 'q',
          target: 'worker',
          settings: { type: 'sqsMapping', batchSize: 100, maximumBatchingWindowInSeconds: 60 },
        },
      ],
      180,
    );
    const run = runToCompletion(f, { runner: inlineRunner({ worker: worker.handler }) });
    expect(
      worker.batches.map((b) => b.Records.map((r) => [r.body, r.attributes.ApproximateReceiveCount])),
    ).toEqual([
      [
        ['m1', '1'],
        ['m2', '1'],
      ],
    ]);
    expect(counters(run, 'q').received).toBe(2);
    expect(run.summary.warnings).toContainEqual(
      expect.objectContaining({
        nodeId: 'q',
        setting: 'visibilityTimeout',
        message: expect.stringContaining('6 x the function timeout'),
      }),
    );
  });

  it('returns a failed batch after a visibility timeout counted from the invoke', () => {
    const worker = recorder((_e, n) => (n === 1 ? boom : {}));
    const f = flow(
      [
        {
          id: 'src',
          kind: 'source',
          settings: { events: events([{ at: 1, payload: { MessageBody: 'm1' } }]) },
        },
        { id: 'q', kind: 'queue', settings: { visibilityTimeout: 30 } },
        { id: 'worker', kind: 'function', settings: { duration: { type: 'constant', value: 10 } } },
      ],
      [
        { source: 'src', target: 'q', settings: { type: 'invoke' } },
        {
          source: 'q',
          target: 'worker',
          settings: { type: 'sqsMapping', batchSize: 100, maximumBatchingWindowInSeconds: 60 },
        },
      ],
      300,
    );
    const run = runToCompletion(f, { runner: inlineRunner({ worker: worker.handler }) });
    const starts = run.spans
      .filter((s) => s.type === 'function.invoke')
      .map((s) => s.start)
      .sort((a, b) => a - b);
    // Invoked when the window ends (61 s); visible again 30 s later, then a new 60 s window.
    expect(starts).toEqual([61_000, 151_000]);
    expect(worker.batches.map((b) => b.Records[0]!.attributes.ApproximateReceiveCount)).toEqual(['1', '2']);
  });
});
