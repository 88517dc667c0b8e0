import { beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../model';
import type { RunResult } from '../../sim';
import {
  count,
  edgeOf,
  edit,
  loadExample,
  nodeOf,
  notesOf,
  payloadOf,
  spans,
  tableItems,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('poison-message');
const run = sharedPool();

interface Job {
  jobId: string;
  qty: number;
}

const jobsOf = (r: RunResult) => spans(r, 'client.request', 'importer').map((s) => payloadOf<Job>(s));

/** The jobs moved to the DLQ (a message keeps the trace of the request that sent it). */
function deadJobs(r: RunResult): string[] {
  const byTrace = new Map(spans(r, 'client.request', 'importer').map((s) => [s.traceId, payloadOf<Job>(s)]));
  const moved = spans(r, 'queue.remove', 'importJobs').filter((s) => s.reason === 'moved-to-dlq');
  expect(count(r, 'importDlq', 'messagesIn')).toBe(moved.length);
  return moved.map((s) => byTrace.get(s.traceId)!.jobId);
}

/** Partial batch responses off: the mapping setting, and optionally the handler's variable. */
const withoutPartial = (alsoTheCode: boolean): Flow =>
  edit(flow, (f) => {
    edgeOf(f, 'importMapping', 'sqsMapping').functionResponseTypes = [];
    if (alsoTheCode)
      nodeOf(f, 'importOrder', 'function').settings.environment.PARTIAL_BATCH_RESPONSES = 'off';
  });

describe('poison-message example', () => {
  let r: RunResult;
  let jobs: Job[];
  beforeAll(async () => {
    r = await run(flow);
    jobs = jobsOf(r);
  }, SLOW);

  it('with partial batch responses only the bad jobs are retried (3 receives, 10 to 12 s apart) and dead-lettered', () => {
    expect(notesOf(flow)).toMatch(
      /one job in ten has quantity -1 and fails every time\. With partial batch responses on \(as shipped\), Import order reports just those jobs: each is received 3 times, 10 to 12 s apart \(the visibility timeout, then the batching window\), then moved to Import DLQ\. Every good job is imported exactly once \(timesImported 1 in Imported jobs\)/,
    );
    expect(edgeOf(flow, 'importMapping', 'sqsMapping').functionResponseTypes).toEqual([
      'ReportBatchItemFailures',
    ]);
    expect(nodeOf(flow, 'importOrder', 'function').settings.environment.PARTIAL_BATCH_RESPONSES).toBe('on');
    const bad = jobs.filter((j) => j.qty < 1);
    expect(bad.length / jobs.length).toBeGreaterThan(0.04);
    expect(bad.length / jobs.length).toBeLessThan(0.16);
    // Everything was sent in the first 20 s: by 60 s every job is settled.
    expect(deadJobs(r).sort()).toEqual(bad.map((j) => j.jobId).sort());
    const receives = spans(r, 'queue.receive', 'importJobs');
    for (const m of spans(r, 'queue.remove', 'importJobs')) {
      expect(m).toMatchObject({ reason: 'moved-to-dlq', receiveCount: 3, targetNodeId: 'importDlq' });
      const mine = receives.filter((s) => s.messageId === m.messageId);
      expect(mine.map((s) => s.outcome)).toEqual(['item-failure', 'item-failure', 'item-failure']);
      for (let i = 1; i < 3; i++) {
        const gap = mine[i]!.start - mine[i - 1]!.start;
        expect(gap).toBeGreaterThan(9_999);
        expect(gap).toBeLessThanOrEqual(12_100);
      }
    }
    const items = tableItems(r, 'importedJobs');
    expect(items.map((i) => i.jobId).sort()).toEqual(
      jobs
        .filter((j) => j.qty >= 1)
        .map((j) => j.jobId)
        .sort(),
    );
    expect(items.every((i) => i.timesImported === 1)).toBe(true);
  });

  it(
    'try: off (setting and code), whole batches come back: good jobs are imported again and dead-lettered too',
    async () => {
      expect(notesOf(flow)).toMatch(
        /Untick Report batch item failures on the mapping and set PARTIAL_BATCH_RESPONSES to off in Import order's Variables, so the handler throws on a bad job.*good jobs are imported again \(timesImported up to 3\), and whole batches, good jobs included, end up in Import DLQ/s,
      );
      const off = await run(withoutPartial(true));
      const bad = new Set(jobs.filter((j) => j.qty < 1).map((j) => j.jobId));
      const dead = deadJobs(off);
      expect(dead.filter((id) => bad.has(id)).length).toBe(bad.size);
      expect(dead.filter((id) => !bad.has(id)).length).toBeGreaterThan(bad.size);
      const times = tableItems(off, 'importedJobs').map((i) => i.timesImported as number);
      expect(times.some((t) => t > 1)).toBe(true);
      expect(Math.max(...times)).toBe(3);
      expect(count(off, 'importOrder', 'errors')).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'careful: the setting off but the code unchanged loses the bad jobs without a trace',
    async () => {
      expect(notesOf(flow)).toMatch(
        /untick Report batch item failures but leave the variable on, and Lambda ignores the batchItemFailures the code returns\. The bad jobs are deleted as if imported and Import DLQ stays empty/,
      );
      const half = await run(withoutPartial(false));
      expect(count(half, 'importDlq', 'messagesIn')).toBe(0);
      expect(count(half, 'importJobs', 'deleted')).toBe(jobs.length);
      expect(spans(half, 'queue.receive', 'importJobs').every((s) => s.receiveCount === 1)).toBe(true);
      expect(tableItems(half, 'importedJobs').length).toBe(jobs.filter((j) => j.qty >= 1).length);
    },
    SLOW,
  );
});
