import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { edit, loadExample, logged, nodeOf, notesOf, spans, tableItems, sharedPool, SLOW } from './harness';

const flow = loadExample('scheduled-batch');
const run = sharedPool();

const customers = Array.from({ length: 40 }, (_, i) => `cust-${String(i + 1).padStart(2, '0')}`);

describe('scheduled-batch example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  }, SLOW);

  it('the midnight cron fires at 0 s and the job writes 40 invoices for December 2025', () => {
    expect(notesOf(flow)).toMatch(
      /the run starts at 2026-01-01 00:00 UTC, so Every day at 00:00 UTC fires at 0 s\. Generate invoices reads the scheduled event's time, bills December 2025 and writes 40 invoices to Invoices/,
    );
    expect(r.summary.startTime).toBe('2026-01-01T00:00:00.000Z');
    const fires = spans(r, 'schedule.fire', 'nightly');
    expect(fires.map((s) => [s.start, s.scheduledTime])).toEqual([[0, '2026-01-01T00:00:00.000Z']]);
    const [job, ...more] = spans(r, 'function.invoke', 'generateInvoices');
    expect(more).toEqual([]);
    expect(job!.status).toBe('ok');
    expect(logged(job!)).toEqual([
      'billing 2025-12: 0 invoices already there',
      'billing 2025-12: wrote 40 invoices',
    ]);
    const items = tableItems(r, 'invoices');
    expect(items.map((i) => [i.period, i.customerId])).toEqual(customers.map((c) => ['2025-12', c]));
  });

  it(
    'try: at 100 ms a write, the job times out, is retried 60 s later and writes only the missing invoices',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the Request latency of Invoices to constant 100 ms\. 40 writes no longer fit in the 3 s timeout: the first attempt times out part-way, Lambda retries the event 60 s later, and the retry writes only the missing invoices \(it reads what exists first\)\. Every customer still gets exactly one/,
      );
      const slow = await run(
        edit(flow, (f) => {
          nodeOf(f, 'invoices', 'table').settings.latency = { type: 'constant', value: 100 };
        }),
      );
      const [first, retry, ...more] = spans(slow, 'function.invoke', 'generateInvoices');
      expect(more).toEqual([]);
      expect(first).toMatchObject({ status: 'timeout', attempt: 1 });
      expect(retry).toMatchObject({ status: 'ok', attempt: 2 });
      expect(retry!.start - first!.end).toBeCloseTo(60_000, 0);
      const written = (s: typeof first) => s!.sdkCalls.filter((c) => c.operation === 'PutItem').length;
      const already = Number(/(\d+) invoices already there/.exec(logged(retry!)[0]!)![1]);
      expect(already).toBeGreaterThan(10);
      expect(already).toBeLessThan(40);
      expect(written(retry)).toBe(40 - already);
      expect(logged(retry!)).toContain(`billing 2025-12: wrote ${40 - already} invoices`);
      const items = tableItems(slow, 'invoices');
      expect(items.map((i) => i.customerId)).toEqual(customers);
      expect(spans(slow, 'table.request', 'invoices').every((s) => s.httpStatus === 200)).toBe(true);
    },
    SLOW,
  );

  it(
    'try: in America/New_York midnight falls outside the run, so nothing fires',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the schedule's Time zone to America\/New_York\. Midnight there is 05:00 UTC, outside this 90 s run, so nothing fires/,
      );
      const ny = await run(
        edit(flow, (f) => {
          nodeOf(f, 'nightly', 'schedule').settings.scheduleExpressionTimezone = 'America/New_York';
        }),
      );
      expect(spans(ny, 'schedule.fire')).toEqual([]);
      expect(tableItems(ny, 'invoices')).toEqual([]);
    },
    SLOW,
  );
});
