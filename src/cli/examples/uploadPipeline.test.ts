import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import {
  count,
  edit,
  loadExample,
  nodeOf,
  notesOf,
  payloadOf,
  spans,
  summaryOf,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('upload-pipeline');
const run = sharedPool();
/** Uploads this close to the end may still be in the works when the run stops. */
const LATE_MS = 3000;

interface Upload {
  user: string;
  file: string;
  bytes: 'complete' | 'truncated';
}

describe('upload-pipeline example', () => {
  let r: RunResult;
  let uploads: Map<number, Upload & { at: number; key: string }>;
  beforeAll(async () => {
    r = await run(flow);
    uploads = new Map(
      spans(r, 'client.request', 'uploader').map((s) => {
        const u = payloadOf<Upload>(s);
        const key = `${/\.(jpg|png)$/.test(u.file) ? 'photos' : 'docs'}/${u.user}/${u.file}`;
        return [s.traceId, { ...u, at: s.start, key }];
      }),
    );
  }, SLOW);

  it('only photos/ keys reach Make thumbnail; every photo that decodes gets one thumbnail', () => {
    expect(notesOf(flow)).toMatch(
      /Only keys under photos\/ reach Make thumbnail: PDFs are stored under docs\/, which the notification's Prefix leaves out\. Thumbnails gets one thumbnail per photo that decodes/,
    );
    const puts = spans(r, 'bucket.request', 'uploads').filter((s) => s.operation === 'PutObject');
    expect(puts.length).toBe(uploads.size);
    const docs = puts.filter((s) => s.key!.startsWith('docs/'));
    expect(docs.length).toBeGreaterThan(20);
    expect(docs.every((s) => s.key!.endsWith('.pdf') && s.notified.length === 0)).toBe(true);
    const photos = puts.filter((s) => s.key!.startsWith('photos/'));
    expect(photos.every((s) => s.notified.join() === 'makeThumbnail')).toBe(true);
    expect(count(r, 'uploads', 'notifications')).toBe(photos.length);
    // Invocations still running when the run ends leave no span.
    const late = (at: number) => at > r.summary.durationMs - LATE_MS;
    const firstTries = spans(r, 'function.invoke', 'makeThumbnail').filter((s) => s.attempt === 1);
    expect(firstTries.length).toBeLessThanOrEqual(photos.length);
    expect(firstTries.length).toBeGreaterThanOrEqual(photos.filter((s) => !late(s.start)).length);
    // Thumbnails: exactly the complete photos, but for the last few seconds' ones.
    const thumbs = new Set((r.stores.thumbnails as { objects: { key: string }[] }).objects.map((o) => o.key));
    const complete = [...uploads.values()].filter(
      (u) => u.key.startsWith('photos/') && u.bytes === 'complete',
    );
    const thumbOf = (u: { key: string }) => u.key.replace(/^photos\//, 'thumbnails/');
    expect(complete.length).toBeGreaterThan(150);
    expect(complete.filter((u) => !late(u.at) && !thumbs.has(thumbOf(u)))).toEqual([]);
    expect(thumbs.size).toBeLessThanOrEqual(complete.length);
    expect([...thumbs].every((k) => complete.some((u) => thumbOf(u) === k))).toBe(true);
  });

  it('a truncated photo fails, is retried once 60 s later, then goes to Failed thumbnails', () => {
    expect(notesOf(flow)).toMatch(
      /one upload in ten arrives truncated\. Make thumbnail throws, Lambda retries the event once, 60 s later \(Retry attempts 1\), then sends its invocation record to Failed thumbnails, the on-failure destination/,
    );
    const invokes = spans(r, 'function.invoke', 'makeThumbnail');
    const results = spans(r, 'function.async-result', 'makeThumbnail');
    const truncated = [...uploads].filter(([, u]) => u.key.startsWith('photos/') && u.bytes === 'truncated');
    const share = [...uploads.values()].filter((u) => u.bytes === 'truncated').length / uploads.size;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);
    let done = 0;
    for (const [trace, u] of truncated) {
      const tries = invokes.filter((s) => s.traceId === trace).sort((a, b) => a.attempt - b.attempt);
      if (tries.length === 0) {
        expect(u.at).toBeGreaterThan(r.summary.durationMs - LATE_MS);
        continue;
      }
      expect(tries[0]!.status).toBe('error');
      if (tries.length < 2) {
        // Its retry is due after the end of the run.
        expect(tries[0]!.end + 60_000).toBeGreaterThan(r.summary.durationMs - 1000);
        continue;
      }
      expect(tries.map((s) => [s.attempt, s.status])).toEqual([
        [1, 'error'],
        [2, 'error'],
      ]);
      expect(tries[1]!.start - tries[0]!.end).toBeCloseTo(60_000, -1);
      const result = results.find((s) => s.traceId === trace)!;
      expect(result).toMatchObject({ outcome: 'failure-destination', targetNodeId: 'failedThumbnails' });
      expect(result.error?.message).toBe(`cannot decode ${u.key}: the image data is truncated`);
      done++;
    }
    expect(done).toBeGreaterThan(3);
    expect(count(r, 'failedThumbnails', 'messagesIn')).toBe(done);
    // Photos that decode are never retried.
    const retried = invokes.filter((s) => s.attempt > 1).map((s) => uploads.get(s.traceId)!.bytes);
    expect(retried.every((b) => b === 'truncated')).toBe(true);
  });

  it(
    'try: at 1,769 MB a thumbnail takes about a third of the time, for about the same cost',
    async () => {
      expect(notesOf(flow)).toMatch(
        /raise Make thumbnail's Memory from 512 to 1,769 MB\. Resizing is CPU-bound \(Duration scales with CPU\), so each thumbnail takes about a third of the time, for about the same cost/,
      );
      const bigger = await run(
        edit(flow, (f) => {
          nodeOf(f, 'makeThumbnail', 'function').settings.memorySize = 1769;
        }),
        { durationMs: 30_000 },
      );
      const before = summaryOf(r, 'makeThumbnail');
      const after = summaryOf(bigger, 'makeThumbnail');
      const ratio = after.histograms.duration!.p50 / before.histograms.duration!.p50;
      expect(ratio).toBeGreaterThan(0.25);
      expect(ratio).toBeLessThan(0.42);
      const perCall = (s: typeof before) => s.costUsd! / s.counters.invocations!;
      expect(perCall(after) / perCall(before)).toBeGreaterThan(0.8);
      expect(perCall(after) / perCall(before)).toBeLessThan(1.25);
    },
    SLOW,
  );
});
