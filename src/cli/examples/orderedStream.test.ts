import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { count, edgeOf, edit, loadExample, notesOf, spans, tableItems, sharedPool, SLOW } from './harness';

const flow = loadExample('ordered-stream');
const run = sharedPool();
/** Truck telemetry sends reading n at n x 50 ms; the corrupt one arrives at 10 s, after reading 200. */
const LAST_BEFORE_BAD = 200;
/** The tries run 30 s: enough to see the shard move on (readings up to about 600). */
const TRY = { durationMs: 30_000 };
const NEAR_END_OF_TRY = 500;

const withMapping = (bisect: boolean, retries: number) =>
  edit(flow, (f) => {
    const m = edgeOf(f, 'telemetryMapping', 'streamMapping');
    m.bisectBatchOnFunctionError = bisect;
    m.maximumRetryAttempts = retries;
  });

/** The latest reading number each truck got to in Latest positions. */
const latest = (r: RunResult) =>
  new Map(tableItems(r, 'latestPositions').map((i) => [i.truck as string, i.reading as number]));

describe('ordered-stream example', () => {
  let r: RunResult;
  let blocked: string[];
  let free: string[];
  beforeAll(async () => {
    r = await run(flow);
    const shardOf = new Map(spans(r, 'stream.put', 'telemetry').map((s) => [s.partitionKey, s.shardId]));
    const bad = shardOf.get('truck-3')!;
    blocked = [...shardOf].filter(([, s]) => s === bad).map(([k]) => k);
    free = [...shardOf].filter(([, s]) => s !== bad).map(([k]) => k);
  }, SLOW);

  it('one corrupt record blocks its shard for the rest of the run; the other shard keeps going', () => {
    expect(notesOf(flow)).toMatch(
      /at 10 s Faulty device writes one corrupt reading for truck-3\. Update position fails on its batch, and the mapping retries that batch for ever \(Retry attempts -1, the default\): nothing behind it in its shard is read again\. The trucks that share truck-3's shard stop updating in Latest positions, while the other shard keeps going/,
    );
    expect(edgeOf(flow, 'telemetryMapping', 'streamMapping')).toMatchObject({
      bisectBatchOnFunctionError: false,
      maximumRetryAttempts: -1,
    });
    // Six trucks over two shards: truck-3 shares its shard with others.
    expect(blocked.length).toBeGreaterThan(1);
    expect(free.length).toBeGreaterThan(0);
    const reading = latest(r);
    for (const t of blocked) expect(reading.get(t), t).toBeLessThanOrEqual(LAST_BEFORE_BAD);
    for (const t of free) expect(reading.get(t), t).toBeGreaterThan(1100);
    const shardOfBad = spans(r, 'stream.put', 'telemetry').find((s) => s.partitionKey === 'truck-3')!.shardId;
    const batches = spans(r, 'stream.batch', 'telemetry').filter((s) => s.shardId === shardOfBad);
    const failing = batches.filter((s) => s.outcome === 'function-error');
    expect(failing.length).toBeGreaterThan(40);
    expect(Math.max(...failing.map((s) => s.start))).toBeGreaterThan(55_000);
    expect(batches.filter((s) => s.outcome === 'ok' && s.start > 11_000)).toEqual([]);
    expect(count(r, 'telemetry', 'recordsDiscarded')).toBe(0);
  });

  it(
    'try: split on error and 2 retries discard the bad record alone; every good record goes through',
    async () => {
      expect(notesOf(flow)).toMatch(
        /turn on Split batch on error and set Retry attempts to 2\. The failing batch is halved until the bad record is alone; it is discarded after 2 retries \(Discarded batches gets its metadata\) and every good record goes through/,
      );
      const fixed = await run(withMapping(true, 2), TRY);
      expect(count(fixed, 'telemetry', 'recordsDiscarded')).toBe(1);
      expect(count(fixed, 'badRecords', 'messagesIn')).toBe(1);
      const [discard] = spans(fixed, 'stream.discard', 'telemetry');
      expect(discard).toMatchObject({
        condition: 'RetryAttemptsExhausted',
        batchSize: 1,
        targetNodeId: 'badRecords',
      });
      const reading = latest(fixed);
      for (const t of [...blocked, ...free]) expect(reading.get(t), t).toBeGreaterThan(NEAR_END_OF_TRY);
      const written = count(fixed, 'telemetry', 'recordsIn');
      // All but the bad one, and the last second's records still waiting for their poll.
      expect(count(fixed, 'telemetry', 'recordsProcessed')).toBeGreaterThan(written - 1 - 25);
    },
    SLOW,
  );

  it(
    'try: either setting alone is not enough',
    async () => {
      expect(notesOf(flow)).toMatch(
        /with the split but unlimited retries the lone bad record still blocks the shard; with 2 retries but no split the whole batch is thrown away, good records included/,
      );
      const splitOnly = await run(withMapping(true, -1), TRY);
      expect(count(splitOnly, 'telemetry', 'recordsDiscarded')).toBe(0);
      for (const t of blocked) expect(latest(splitOnly).get(t), t).toBeLessThanOrEqual(LAST_BEFORE_BAD);
      const retriesOnly = await run(withMapping(false, 2), TRY);
      const thrown = spans(retriesOnly, 'stream.discard', 'telemetry');
      expect(thrown.length).toBe(1);
      expect(thrown[0]!.batchSize).toBeGreaterThan(1);
      expect(count(retriesOnly, 'telemetry', 'recordsDiscarded')).toBe(thrown[0]!.batchSize);
      for (const t of blocked) expect(latest(retriesOnly).get(t), t).toBeGreaterThan(NEAR_END_OF_TRY);
    },
    SLOW,
  );
});
