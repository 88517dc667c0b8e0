import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../simulation';
import { inlineRunner, type PlainHandler } from '../../runner';
import { clientStreamFunction, type BatchSpan, type DiscardSpan } from './testFlows';

interface Seen {
  id: string;
  n: number;
  at: number;
}

function bodies(event: unknown): Array<{ id: string; n: number }> {
  const records = (event as { Records: Array<{ kinesis: { data: string } }> }).Records;
  return records.map((r) => JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString('utf8')));
}

/** Logs what it processed; fails any batch holding a poison record. */
function recording(seen: Seen[], poison: (n: number) => boolean = () => false): PlainHandler {
  return (event, req) => {
    const got = bodies(event);
    if (got.some((b) => poison(b.n))) return { error: { type: 'Error', message: 'poison record' } };
    for (const b of got) seen.push({ ...b, at: req.startMs });
    return { value: null };
  };
}

function inOrderPerKey(seen: Seen[]): boolean {
  const last = new Map<string, number>();
  for (const s of seen) {
    if ((last.get(s.id) ?? -1) > s.n) return false;
    last.set(s.id, s.n);
  }
  return true;
}

describe('stream event source mapping', () => {
  it('keeps order per partition key with parallelizationFactor 4, running batches of one shard in parallel', () => {
    const seen: Seen[] = [];
    const flow = clientStreamFunction({
      load: { type: 'poisson', rate: 400 },
      durationSeconds: 20,
      fnMs: 300,
      mapping: { parallelizationFactor: 4, batchSize: 50 },
    });
    const run = runToCompletion(flow, { runner: inlineRunner({ fn: recording(seen) }) });
    expect(seen.length).toBeGreaterThan(7000);
    expect(inOrderPerKey(seen)).toBe(true);
    const fn = run.summary.nodes.find((n) => n.nodeId === 'fn')!;
    // One shard, four slots: up to four batches at once, never more.
    expect(fn.gauges.concurrency!.max).toBe(4);
    const batches = run.spans.filter((s): s is BatchSpan => s.type === 'stream.batch');
    expect(new Set(batches.map((b) => b.slot)).size).toBe(4);
    expect(batches.every((b) => b.batchSize <= 50)).toBe(true);
  });

  it('gives the same run for the same seed', () => {
    const flow = clientStreamFunction({
      load: { type: 'poisson', rate: 50 },
      durationSeconds: 10,
      mapping: { parallelizationFactor: 3 },
    });
    const a = runToCompletion(flow);
    const b = runToCompletion(flow);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('polls about once per second and reports iterator age', () => {
    const flow = clientStreamFunction({ load: { type: 'constant', rate: 5 }, durationSeconds: 30 });
    const run = runToCompletion(flow);
    const stream = run.summary.nodes.find((n) => n.nodeId === 'stream')!;
    const age = stream.histograms.iteratorAgeMs!;
    expect(age.count).toBeGreaterThan(20);
    expect(age.max).toBeLessThanOrEqual(1100);
    expect(stream.counters.recordsProcessed).toBeGreaterThan(140);
  });

  it('blocks the shard behind a failing record until it is older than maximumRecordAgeInSeconds, then discards its batch', () => {
    const seen: Seen[] = [];
    const flow = clientStreamFunction({
      load: { type: 'constant', rate: 10 },
      durationSeconds: 120,
      mapping: { maximumRecordAgeInSeconds: 60, onFailure: 'dlq' },
      extraNodes: [{ id: 'dlq', kind: 'bucket', settings: {} }],
    });
    const run = runToCompletion(flow, { runner: inlineRunner({ fn: recording(seen, (n) => n === 20) }) });
    const after = seen.filter((s) => s.n > 20);
    expect(after.length).toBeGreaterThan(0);
    // Nothing behind the poison record went through while its batch was retried (its oldest record aged past 60 s).
    expect(Math.min(...after.map((s) => s.at))).toBeGreaterThan(60_000);
    expect(Math.min(...after.map((s) => s.at))).toBeLessThan(64_000);
    const discard = run.spans.filter((s): s is DiscardSpan => s.type === 'stream.discard');
    expect(discard).toHaveLength(1);
    expect(discard[0]!.condition).toBe('RecordAgeExceeded');
    expect(discard[0]!.targetNodeId).toBe('dlq');
    // The destination (a bucket here) gets metadata about the batch, not its records.
    const dlq = run.stores.dlq!;
    if (dlq.type !== 'bucket') throw new Error('dlq is a bucket');
    expect(dlq.objectCount).toBe(1);
    const meta = JSON.parse(dlq.objects[0]!.body);
    expect(meta.requestContext).toMatchObject({
      condition: 'RecordAgeExceeded',
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
    });
    expect(meta.responseContext).toMatchObject({
      statusCode: 200,
      functionError: 'Unhandled',
      executedVersion: '$LATEST',
    });
    expect(meta.KinesisBatchInfo).toMatchObject({
      shardId: 'shardId-000000000000',
      streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/stream',
    });
    expect(meta.KinesisBatchInfo.batchSize).toBe(discard[0]!.batchSize);
    expect(Object.keys(meta.KinesisBatchInfo).sort()).toEqual([
      'approximateArrivalOfFirstRecord',
      'approximateArrivalOfLastRecord',
      'batchSize',
      'endSequenceNumber',
      'shardId',
      'startSequenceNumber',
      'streamArn',
    ]);
    // Without bisecting, the poison record's whole batch is lost with it.
    expect(seen.some((s) => s.n === 20)).toBe(false);
    expect(inOrderPerKey(seen)).toBe(true);
  });

  it('with bisectBatchOnFunctionError isolates the failing record; the good ones go through', () => {
    const seen: Seen[] = [];
    const flow = clientStreamFunction({
      load: { type: 'constant', rate: 100 },
      durationSeconds: 30,
      mapping: {
        bisectBatchOnFunctionError: true,
        maximumRetryAttempts: 2,
        batchSize: 100,
        onFailure: 'failed',
      },
      extraNodes: [{ id: 'failed', kind: 'queue', settings: {} }],
    });
    const run = runToCompletion(flow, { runner: inlineRunner({ fn: recording(seen, (n) => n === 150) }) });
    const stream = run.summary.nodes.find((n) => n.nodeId === 'stream')!;
    expect(stream.counters.recordsDiscarded).toBe(1);
    const ns = new Set(seen.map((s) => s.n));
    expect(ns.has(150)).toBe(false);
    for (let n = 0; n < 2900; n++) if (n !== 150) expect(ns.has(n)).toBe(true);
    const discard = run.spans.find((s): s is DiscardSpan => s.type === 'stream.discard')!;
    expect(discard.condition).toBe('RetryAttemptsExhausted');
    expect(discard.batchSize).toBe(1);
    // Splits do not count as retries: the single poison record was tried 1 + 2 times.
    expect(discard.attempt).toBe(3);
    expect(run.summary.nodes.find((n) => n.nodeId === 'failed')!.counters.messagesIn).toBe(1);
  });

  it('checkpoints from the first reported failure with ReportBatchItemFailures', () => {
    let calls = 0;
    const tried: number[][] = [];
    const handler: PlainHandler = (event) => {
      calls++;
      const records = (event as { Records: Array<{ kinesis: { sequenceNumber: string; data: string } }> })
        .Records;
      tried.push(bodies(event).map((b) => b.n));
      const bad = records.find((r, i) => bodies(event)[i]!.n === 3);
      // The first time record 3 is seen it fails; after that it succeeds.
      if (bad && calls === 1)
        return { value: { batchItemFailures: [{ itemIdentifier: bad.kinesis.sequenceNumber }] } };
      return { value: { batchItemFailures: [] } };
    };
    const flow = clientStreamFunction({
      load: { type: 'constant', rate: 10 },
      durationSeconds: 5,
      mapping: { functionResponseTypes: ['ReportBatchItemFailures'] },
    });
    runToCompletion(flow, { runner: inlineRunner({ fn: handler }) });
    const at = tried[0]!.indexOf(3);
    expect(at).toBeGreaterThanOrEqual(0);
    // Only the records from the failed one on are tried again, in the same order.
    expect(tried[1]).toEqual(tried[0]!.slice(at));
    expect(tried.flat().filter((n) => n === 2)).toHaveLength(1);
  });

  it('retries a throttled batch without counting it as a retry', () => {
    const flow = clientStreamFunction({
      load: { type: 'constant', rate: 5 },
      durationSeconds: 20,
      mapping: { maximumRetryAttempts: 0 },
    });
    flow.nodes[2] = {
      ...flow.nodes[2]!,
      kind: 'function',
      settings: {
        ...(flow.nodes[2] as Extract<(typeof flow.nodes)[number], { kind: 'function' }>).settings,
        reservedConcurrentExecutions: 0,
      },
    };
    const run = runToCompletion(flow);
    const stream = run.summary.nodes.find((n) => n.nodeId === 'stream')!;
    expect(stream.counters.recordsDiscarded ?? 0).toBe(0);
    const batches = run.spans.filter((s): s is BatchSpan => s.type === 'stream.batch');
    expect(batches.length).toBeGreaterThan(10);
    expect(batches.every((b) => b.outcome === 'throttled' && b.retries === 0)).toBe(true);
  });
});
