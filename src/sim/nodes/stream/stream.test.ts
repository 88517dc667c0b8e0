import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { inlineRunner } from '../../runner';
import { runToCompletion } from '../../simulation';
import { hashKeyOf, kafkaPartition, shardForHashKey } from './shards';
import { clientStreamFunction, type DiscardSpan } from './testFlows';
import { kinesisEvent } from '../../events/kinesis';
import { nodeHarness } from '../table/harness';

const node = (run: ReturnType<typeof runToCompletion>, id: string) =>
  run.summary.nodes.find((n) => n.nodeId === id)!;

describe('shard choice', () => {
  it('hashes the partition key with MD5 into evenly split hash-key ranges', () => {
    for (const key of ['', 'a', 'order-42', 'ünïcödé', 'x'.repeat(256)]) {
      expect(hashKeyOf(key)).toBe(BigInt(`0x${createHash('md5').update(key, 'utf8').digest('hex')}`));
    }
    const top = (1n << 128n) - 1n;
    expect(shardForHashKey(0n, 4)).toBe(0);
    expect(shardForHashKey(top, 4)).toBe(3);
    expect(shardForHashKey(1n << 126n, 4)).toBe(1);
    expect(shardForHashKey((1n << 126n) - 1n, 4)).toBe(0);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[shardForHashKey(hashKeyOf(`key-${i}`), 3)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it("uses Kafka's murmur2 partitioner for the Kafka flavor", () => {
    // Values from Kafka's own partitioner tests: murmur2 of the key, made positive, mod partitions.
    expect(kafkaPartition('21', 2 ** 31 - 1)).toBe((-973932308 & 0x7fffffff) % (2 ** 31 - 1));
    expect(kafkaPartition('foobar', 2 ** 31 - 1)).toBe((-790332482 & 0x7fffffff) % (2 ** 31 - 1));
    expect(kafkaPartition('abc', 2 ** 31 - 1)).toBe(479470107);
  });
});

describe('stream writes', () => {
  const writers = (rate: number, shardCount: number) =>
    buildFlow({
      nodes: [
        { id: 'client', kind: 'client', settings: { load: { type: 'constant', rate } } },
        { id: 'stream', kind: 'stream', settings: { shardCount } },
      ],
      edges: [{ source: 'client', target: 'stream', settings: { type: 'invoke' } }],
      run: { durationSeconds: 3, seed: 3 },
    });

  it('throttles writes above 1,000 records per second per shard with a 400', () => {
    const run = runToCompletion(writers(1500, 1));
    expect(node(run, 'stream').counters.recordsIn).toBe(3000);
    expect(node(run, 'stream').counters.writeThrottles).toBe(1500);
    expect(node(run, 'client').counters.responses4xx).toBe(1500);
    const put = run.spans.find((s) => s.type === 'stream.put' && s.status === 'throttled')!;
    expect(put.error!.type).toBe('ProvisionedThroughputExceededException');
  });

  it('spreads random keys over shards, so two shards take 1,500 records per second', () => {
    const run = runToCompletion(writers(1500, 2));
    expect(node(run, 'stream').counters.recordsIn).toBe(4500);
    expect(node(run, 'stream').counters.writeThrottles ?? 0).toBe(0);
  });

  it('answers PutRecords with per-record results and PutRecord with a shard and sequence number', () => {
    const h = nodeHarness(
      buildFlow({
        nodes: [{ id: 'stream', kind: 'stream', settings: { shardCount: 2 } }],
        run: { durationSeconds: 10 },
      }),
    );
    const one = h.call('stream', {
      operation: 'PutRecord',
      params: { StreamName: 'stream', PartitionKey: 'a', Data: 'hello' },
    });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      ShardId: expect.stringMatching(/^shardId-00000000000[01]$/),
      SequenceNumber: expect.stringMatching(/^\d{56}$/),
    });
    expect(
      h.call('stream', {
        Records: Array.from({ length: 501 }, (_, i) => ({ PartitionKey: 'same', Data: { i } })),
      }).status,
    ).toBe(400);
    const full = h.call('stream', {
      Records: Array.from({ length: 500 }, (_, i) => ({ PartitionKey: 'same', Data: { i } })),
    });
    const b = full.body as {
      FailedRecordCount: number;
      Records: Array<{ ErrorCode?: string; SequenceNumber?: string }>;
    };
    expect(b.Records).toHaveLength(500);
    expect(b.FailedRecordCount).toBe(0);
    const seqs = b.Records.map((r) => r.SequenceNumber!);
    expect([...seqs].sort()).toEqual(seqs);
    expect(h.call('stream', { Records: [{ Data: 'no key' }] }).status).toBe(400);
  });

  it('fails the records of a PutRecords call that go over the shard limit, the others are stored', () => {
    const h = nodeHarness(
      buildFlow({ nodes: [{ id: 'stream', kind: 'stream', settings: {} }], run: { durationSeconds: 10 } }),
    );
    const first = h.call('stream', {
      Records: Array.from({ length: 500 }, (_, i) => ({ PartitionKey: `k${i}`, Data: 'x' })),
    });
    expect((first.body as { FailedRecordCount: number }).FailedRecordCount).toBe(0);
    h.call('stream', {
      Records: Array.from({ length: 450 }, (_, i) => ({ PartitionKey: `k${i}`, Data: 'x' })),
    });
    const third = h.call('stream', {
      Records: Array.from({ length: 100 }, (_, i) => ({ PartitionKey: `k${i}`, Data: 'x' })),
    });
    const body = third.body as { FailedRecordCount: number; Records: Array<{ ErrorCode?: string }> };
    expect(body.FailedRecordCount).toBe(50);
    expect(
      body.Records.slice(50).every((r) => r.ErrorCode === 'ProvisionedThroughputExceededException'),
    ).toBe(true);
    h.wait(1000);
    expect(h.call('stream', { PartitionKey: 'k', Data: 'x' }).status).toBe(200);
  });
});

describe('record expiry', () => {
  it('retries a failing record until it leaves the 24 h retention period, blocking the shard meanwhile', () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [
              { label: 'poison', atSeconds: 1, payload: '{"id":"k","n":1}' },
              { label: 'good', atSeconds: 2, payload: '{"id":"k","n":2}' },
            ],
          },
        },
        { id: 'stream', kind: 'stream', settings: { retentionPeriodHours: 24 } },
        { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 5 } } },
      ],
      edges: [
        { source: 'src', target: 'stream', settings: { type: 'invoke' } },
        { source: 'stream', target: 'fn', settings: { type: 'streamMapping', batchSize: 1 } },
      ],
      run: { durationSeconds: 24 * 3600 + 60 },
    });
    const good: number[] = [];
    const runner = inlineRunner({
      fn: (event, req) => {
        const n = JSON.parse(
          Buffer.from(
            (event as { Records: Array<{ kinesis: { data: string } }> }).Records[0]!.kinesis.data,
            'base64',
          ).toString(),
        ).n;
        if (n === 1) return { error: { type: 'Error', message: 'poison' } };
        good.push(req.startMs);
        return { value: null };
      },
    });
    const run = runToCompletion(flow, { runner, spanCapacity: 1000 });
    const discard = run.spans.find((s): s is DiscardSpan => s.type === 'stream.discard')!;
    expect(discard.condition).toBe('RecordAgeExceeded');
    expect(discard.start).toBeGreaterThan(24 * 3_600_000);
    expect(good).toHaveLength(1);
    expect(good[0]).toBeGreaterThan(24 * 3_600_000);
  }, 30_000);
});

describe('Kinesis event shape', () => {
  it('matches the structure of the documented sample event', () => {
    // The AWS Lambda Developer Guide's sample Kinesis record event (one record).
    const sample = {
      Records: [
        {
          kinesis: {
            kinesisSchemaVersion: '1.0',
            partitionKey: '1',
            sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
            data: 'SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==',
            approximateArrivalTimestamp: 1545084650.987,
          },
          eventSource: 'aws:kinesis',
          eventVersion: '1.0',
          eventID: 'shardId-000000000006:49590338271490256608559692538361571095921575989136588898',
          eventName: 'aws:kinesis:record',
          invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role',
          awsRegion: 'us-east-2',
          eventSourceARN: 'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream',
        },
      ],
    };
    const ours = kinesisEvent(
      [
        {
          shardId: 'shardId-000000000006',
          partitionKey: '1',
          sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
          data: 'Hello, this is a test.',
          arrivalEpochMs: 1545084650987,
        },
      ],
      {
        streamArn: 'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream',
        region: 'us-east-2',
        invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role',
      },
    );
    expect(ours).toEqual(sample);
  });

  it('delivers base64 data that decodes to the producer body', () => {
    let seen: unknown = null;
    const flow = clientStreamFunction({
      load: { type: 'constant', rate: 1 },
      durationSeconds: 3,
      body: '{"id":"é","n":{{seq}}}',
    });
    runToCompletion(flow, { runner: inlineRunner({ fn: (e) => ((seen ??= e), { value: null }) }) });
    const rec = (
      seen as {
        Records: Array<{
          kinesis: { data: string; partitionKey: string; sequenceNumber: string };
          eventID: string;
        }>;
      }
    ).Records[0]!;
    expect(JSON.parse(Buffer.from(rec.kinesis.data, 'base64').toString('utf8'))).toEqual({ id: 'é', n: 0 });
    expect(rec.kinesis.partitionKey).toBe('é');
    expect(rec.kinesis.sequenceNumber).toMatch(/^\d{56}$/);
    expect(rec.eventID).toBe(`shardId-000000000000:${rec.kinesis.sequenceNumber}`);
  });
});

describe('end-to-end latency through a stream', () => {
  it("closes a source event's trace when the function has processed its record", () => {
    const flow = buildFlow({
      nodes: [
        {
          id: 'src',
          kind: 'source',
          settings: {
            events: [1, 2, 3].map((n) => ({ label: `e${n}`, atSeconds: n, payload: `{"id":"k${n}"}` })),
          },
        },
        { id: 'stream', kind: 'stream', settings: {} },
        { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 50 } } },
      ],
      edges: [
        { source: 'src', target: 'stream', settings: { type: 'invoke' } },
        { source: 'stream', target: 'fn', settings: { type: 'streamMapping' } },
      ],
      run: { durationSeconds: 10 },
    });
    const run = runToCompletion(flow);
    const e2e = node(run, 'src').histograms.e2eLatency!;
    expect(e2e.count).toBe(3);
    // Waiting for the next poll (under 1 s), maybe a cold start, then 50 ms of work.
    expect(e2e.p50).toBeGreaterThanOrEqual(50);
    expect(e2e.max).toBeLessThan(1000 + 2000 + 50);
  });
});
