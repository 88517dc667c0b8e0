import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import {
  count,
  edgeOf,
  edit,
  loadExample,
  nodeOf,
  notesOf,
  spans,
  summaryOf,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('retry-storm');
const run = sharedPool();
// Room for every span: the direct lane alone makes tens of thousands.
const ALL_SPANS = { spanCapacity: 100_000 };

/** The busiest one-second window of calls a partner got. */
function peakPerSecond(r: RunResult, partner: string): number {
  const perSecond = new Map<number, number>();
  for (const s of spans(r, 'external.call', partner)) {
    const second = Math.floor(s.start / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  return Math.max(...perSecond.values());
}

describe('retry-storm example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow, ALL_SPANS);
  }, SLOW);

  it('direct: retries multiply the calls past the partner limit, and about one request in five still fails', () => {
    expect(notesOf(flow)).toMatch(
      /during the spike Partner API \(direct\) gets far more calls than Shop app \(direct\) makes\. Each 429 comes back as up to 3 retries, which push the partner further over its 50 calls a second\. About one request in five still fails after its retries/,
    );
    expect(nodeOf(flow, 'partnerDirect', 'external').settings.rateLimit).toBe(50);
    expect(nodeOf(flow, 'directApp', 'client').settings.retry.maxAttempts).toBe(3);
    const requests = count(r, 'directApp', 'requests');
    const calls = count(r, 'partnerDirect', 'calls');
    expect(calls / requests).toBeGreaterThan(1.7);
    expect(count(r, 'partnerDirect', 'rateLimited')).toBeGreaterThan(1000);
    expect(peakPerSecond(r, 'partnerDirect')).toBeGreaterThan(200);
    const failed = count(r, 'directApp', 'rejected') / requests;
    expect(failed).toBeGreaterThan(0.12);
    expect(failed).toBeLessThan(0.3);
    // Each failed request made all 4 attempts, no more.
    const attempts = spans(r, 'client.request', 'directApp');
    const lastTries = attempts.filter((s) => !s.willRetry && s.httpStatus === 429);
    expect(lastTries.length).toBe(count(r, 'directApp', 'rejected'));
    expect(lastTries.every((s) => s.attempt === 4)).toBe(true);
    expect(Math.max(...attempts.map((s) => s.attempt))).toBe(4);
  });

  it('queued: SQS answers at once, the consumer keeps under the limit, and every call gets through later', () => {
    expect(notesOf(flow)).toMatch(
      /SQS answers Shop app \(queued\) at once, so it never retries\. Forward to partner drains Partner calls queue at 40 calls a second \(2 workers, 20 each\), under the limit: Partner API \(queued\) answers no 429 and gets every call, only later\. The queue's depth and age rise during the spike and fall after it/,
    );
    expect(edgeOf(flow, 'partnerMapping', 'sqsMapping').maximumConcurrency).toBe(2);
    const sent = count(r, 'queuedApp', 'requests');
    expect(count(r, 'queuedApp', 'responses2xx')).toBe(sent);
    expect(count(r, 'queuedApp', 'retries')).toBe(0);
    expect(count(r, 'partnerQueued', 'rateLimited')).toBe(0);
    expect(count(r, 'partnerQueued', 'calls')).toBeGreaterThan(sent - 5);
    expect(peakPerSecond(r, 'partnerQueued')).toBeLessThanOrEqual(42);
    expect(summaryOf(r, 'forwardToPartner').gauges.concurrency!.max).toBe(2);
    const queue = summaryOf(r, 'partnerCalls');
    expect(queue.gauges.queueDepth!.max).toBeGreaterThan(300);
    expect(queue.gauges.queueAgeMs!.max).toBeGreaterThan(10_000);
    // Before the spike and at the end the queue is (nearly) empty.
    const depth = r.series.find((s) => s.nodeId === 'partnerCalls')!.gauges.queueDepth!.max;
    expect(depth[Math.floor((15_000 / r.summary.durationMs) * depth.length)]).toBeLessThan(30);
    expect(depth.at(-1)).toBeLessThan(30);
  });

  it('the bus stands in for the call the function cannot make itself', () => {
    expect(notesOf(flow)).toMatch(
      /handler code here cannot call an external service itself, so Forward to partner hands each call to Partner calls bus, whose rule has the partner as its target/,
    );
    expect(flow.edges.filter((e) => e.source === 'forwardToPartner').map((e) => e.target)).toEqual([
      'partnerBus',
    ]);
    const rules = nodeOf(flow, 'partnerBus', 'bus').settings.rules;
    expect(rules.flatMap((x) => x.targets.map((t) => t.nodeId))).toEqual(['partnerQueued']);
  });

  it(
    'try: maximum concurrency 5 drains faster but makes the partner answer 429 again',
    async () => {
      expect(notesOf(flow)).toMatch(
        /raise the mapping's Maximum concurrency from 2 to 5\. The backlog drains faster, but the partner now gets more than its 50 calls a second and answers 429 again; the bus retries those calls with backoff, which adds to the peaks/,
      );
      const five = await run(
        edit(flow, (f) => {
          edgeOf(f, 'partnerMapping', 'sqsMapping').maximumConcurrency = 5;
          // Only the queued lane matters here: leaving the direct one out keeps the run short.
          f.nodes = f.nodes.filter((n) => n.id !== 'directApp' && n.id !== 'partnerDirect');
          f.edges = f.edges.filter((e) => e.id !== 'directCalls');
        }),
        { ...ALL_SPANS, durationMs: 45_000 },
      );
      expect(count(five, 'partnerQueued', 'rateLimited')).toBeGreaterThan(0);
      expect(count(five, 'partnerBus', 'retries')).toBeGreaterThan(0);
      expect(peakPerSecond(five, 'partnerQueued')).toBeGreaterThan(100);
      // The bus retries each 429 with backoff (half a second at least) and loses none.
      const retried = spans(five, 'bus.delivery', 'partnerBus').filter((s) => s.outcome === 'retrying');
      expect(retried.length).toBe(count(five, 'partnerBus', 'retries'));
      expect(retried.every((s) => s.httpStatus === 429 && s.nextDelayMs! >= 500)).toBe(true);
      expect(count(five, 'partnerBus', 'failedInvocations')).toBe(0);
      expect(summaryOf(five, 'partnerCalls').gauges.queueAgeMs!.max).toBeLessThan(
        summaryOf(r, 'partnerCalls').gauges.queueAgeMs!.max / 2,
      );
    },
    SLOW,
  );
});
