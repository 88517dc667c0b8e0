import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { count, edit, loadExample, nodeOf, notesOf, sharedPool, spans, tableItems, SLOW } from './harness';

const flow = loadExample('rest-api');
const run = sharedPool();
const SPIKE = { from: 20_000, to: 25_000 };

/** 429s the stage answered, by client, from the API's spans. */
function throttledByClient(r: RunResult): Map<string, number[]> {
  const clientOf = new Map(spans(r, 'client.request').map((s) => [s.traceId, s.nodeId]));
  const out = new Map<string, number[]>();
  for (const s of spans(r, 'api.request', 'ordersApi')) {
    if (s.httpStatus !== 429) continue;
    const c = clientOf.get(s.traceId)!;
    out.set(c, [...(out.get(c) ?? []), s.start]);
  }
  return out;
}

/** The order id a table request is about (marshalled Key or Item; orderId comes first). */
const orderIdOf = (payload: string | null) =>
  /"orderId":\{"S":"(ord-\d+)"\}/.exec(payload ?? '')?.[1] ?? null;

describe('rest-api example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  }, SLOW);

  it('the stage throttle answers 429 during the spike only, to every client of the stage', () => {
    expect(notesOf(flow)).toMatch(
      /at 20 s Checkout page spikes from 20 to 300 orders a second for 5 s.*Rate 100 a second, Burst 200.*429 Too Many Requests.*Order status page and Warehouse share the stage, so they get 429s during the spike too/s,
    );
    const api = nodeOf(flow, 'ordersApi', 'api').settings;
    expect([api.throttlingRateLimit, api.throttlingBurstLimit]).toEqual([100, 200]);
    const byClient = throttledByClient(r);
    const all = [...byClient.values()].flat();
    expect(all.length).toBeGreaterThan(300);
    expect(all.every((t) => t >= SPIKE.from && t < SPIKE.to + 1000)).toBe(true);
    expect(byClient.get('statusPage')?.length).toBeGreaterThan(0);
    expect(byClient.get('warehouse')?.length).toBeGreaterThan(0);
    expect(count(r, 'ordersApi', 'throttles')).toBe(all.length);
    // A client without retries gives up on each 429: a rejection.
    expect(count(r, 'checkout', 'rejected')).toBe(byClient.get('checkout')!.length);
    // What got through in the spike: the burst, then the refill rate.
    const passed = spans(r, 'api.request', 'ordersApi').filter(
      (s) => s.httpStatus !== 429 && s.start >= SPIKE.from && s.start < SPIKE.to + 1000,
    );
    expect(passed.length).toBeLessThanOrEqual(200 + 100 * 6);
    expect(passed.length).toBeGreaterThan(600);
  });

  it('create, read, update and delete each answer as the table stood at that moment', () => {
    expect(notesOf(flow)).toMatch(
      /early calls get 404 until Checkout page has created those orders \(or after Support desk has deleted them\)/,
    );
    expect(notesOf(flow)).toMatch(
      /Change order answers 404 to a PATCH from Warehouse for an order that does not exist/,
    );
    // Replay the table's requests in arrival order (a write takes effect when it arrives).
    const requests = spans(r, 'table.request', 'orders').sort(
      (a, b) => a.start - b.start || a.spanId - b.spanId,
    );
    const exists = new Set<string>();
    const expected = new Map<number, number>();
    for (const q of requests) {
      const id = orderIdOf(q.payload)!;
      expect(id).not.toBeNull();
      if (q.operation === 'PutItem') exists.add(id);
      else if (q.operation === 'GetItem') expected.set(q.traceId, exists.has(id) ? 200 : 404);
      else if (q.operation === 'UpdateItem') expected.set(q.traceId, exists.has(id) ? 200 : 404);
      else if (q.operation === 'DeleteItem') expected.set(q.traceId, exists.delete(id) ? 204 : 404);
    }
    const answered = spans(r, 'client.request').filter((s) => expected.has(s.traceId));
    expect(answered.length).toBeGreaterThan(300);
    for (const s of answered)
      expect(s.httpStatus, `${s.nodeId} trace ${s.traceId}`).toBe(expected.get(s.traceId));
    const statuses = (id: string) => new Set(spans(r, 'client.request', id).map((s) => s.httpStatus));
    expect(statuses('statusPage')).toEqual(new Set([200, 404, 429]));
    expect(statuses('warehouse')).toEqual(new Set([200, 404, 429]));
    expect([...statuses('supportDesk')].sort()).toEqual([204, 404]);
    expect([...statuses('checkout')].sort()).toEqual([201, 429]);
    // No PATCH ever created an order of its own: every item has what Create order writes.
    expect(
      tableItems(r, 'orders').every((i) => typeof i.createdAt === 'string' && i.status !== undefined),
    ).toBe(true);
    expect(count(r, 'orders', 'conditionalCheckFailed')).toBe(
      spans(r, 'client.request', 'warehouse').filter((s) => s.httpStatus === 404).length,
    );
  });

  it(
    'try: Rate and Burst at 1,000 let every order of the spike reach Create order',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the API's Rate and Burst to 1,000: no more 429s, and every order of the spike reaches Create order/,
      );
      const open = await run(
        edit(flow, (f) => {
          const api = nodeOf(f, 'ordersApi', 'api').settings;
          api.throttlingRateLimit = 1000;
          api.throttlingBurstLimit = 1000;
        }),
        { durationMs: 30_000 },
      );
      expect(count(open, 'ordersApi', 'throttles')).toBe(0);
      const sent = count(open, 'checkout', 'requests');
      expect(sent).toBeGreaterThan(1500);
      // The last order may still be on its way when the run ends.
      expect(count(open, 'createOrder', 'invocations')).toBeGreaterThanOrEqual(sent - 1);
    },
    SLOW,
  );

  it(
    'try: 3 retries double the requests and multiply the throttles, yet barely more orders get through',
    async () => {
      expect(notesOf(flow)).toMatch(
        /give Checkout page 3 Retries: Orders API sees about twice the requests and throttles far more of them, yet barely more orders get through/,
      );
      const retried = await run(
        edit(flow, (f) => {
          nodeOf(f, 'checkout', 'client').settings.retry.maxAttempts = 3;
        }),
        { durationMs: 30_000 },
      );
      // The same 30 s of the shipped run, from its spans.
      const before = spans(r, 'api.request', 'ordersApi').filter((s) => s.start < 30_000);
      const created = (x: RunResult, until: number) =>
        spans(x, 'client.request', 'checkout').filter((s) => s.httpStatus === 201 && s.start < until).length;
      expect(count(retried, 'ordersApi', 'requests')).toBeGreaterThan(before.length * 1.8);
      expect(count(retried, 'ordersApi', 'throttles')).toBeGreaterThan(
        before.filter((s) => s.httpStatus === 429).length * 3,
      );
      expect(created(retried, 30_000)).toBeLessThan(created(r, 30_000) * 1.1);
      expect(count(retried, 'checkout', 'retries')).toBeGreaterThan(1000);
    },
    SLOW,
  );
});
