// The bundled examples, run with their real handler code in Node workers: what their
// sticky notes tell people to watch (and to try) must be what the run shows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFlowFile } from '../format';
import type { Flow } from '../model';
import { validateEventPattern, validateFilterPolicy } from '../sim/patterns';
import type { NodeSummary, RunResult, TraceRecord } from '../sim';
import { runSimulation } from '../runtime/driver';
import type { HandlerPool } from '../runtime/pool';
import { nodeHandlerPool } from './nodePool';

const SEED = 1;

function load(name: string): Flow {
  const bytes = readFileSync(new URL(`../../public/examples/${name}.eventflow.json`, import.meta.url));
  const loaded = parseFlowFile(bytes, {
    checkers: { eventPattern: validateEventPattern, filterPolicy: validateFilterPolicy },
  });
  if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}

const notes = (flow: Flow) => flow.notes.map((n) => n.text).join('\n');
const node = (r: RunResult, id: string): NodeSummary => r.summary.nodes.find((n) => n.nodeId === id)!;
const spans = <T extends TraceRecord['type']>(r: RunResult, type: T, nodeId?: string) =>
  r.spans.filter(
    (s): s is Extract<TraceRecord, { type: T }> =>
      s.type === type && (nodeId === undefined || s.nodeId === nodeId),
  );

function payloadOf<T>(s: { payload: string | null }): T {
  if (s.payload === null) throw new Error('span without payload');
  return JSON.parse(s.payload) as T;
}

/** The order a client sent, by trace (client payloads are short: never cut). */
function ordersByTrace(r: RunResult, clientId: string): Map<number, Record<string, unknown>> {
  return new Map(
    spans(r, 'client.request', clientId).map((s) => [s.traceId, payloadOf<Record<string, unknown>>(s)]),
  );
}

function edit(flow: Flow, change: (f: Flow) => void): Flow {
  const copy = structuredClone(flow);
  change(copy);
  return copy;
}

let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 2 });
});
afterAll(() => pool.close());
const run = (flow: Flow, durationMs?: number) =>
  runSimulation(flow, { seed: SEED, ...(durationMs !== undefined ? { durationMs } : {}) }, pool);

describe('rest-api example', () => {
  const flow = load('rest-api');
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  });

  it('has the notes these claims come from', () => {
    expect(notes(flow)).toMatch(/early calls get 404 until Checkout has created those orders/);
    expect(notes(flow)).toMatch(/Every request crosses API Gateway, a function and the table/);
  });

  it('checkout gets 2xx for every order it sends, and every order lands in the table', () => {
    const checkout = node(r, 'checkout').counters;
    const orders = spans(r, 'client.request', 'checkout');
    expect(checkout.requests).toBeGreaterThan(1000);
    expect(orders.every((s) => s.httpStatus === 201)).toBe(true);
    // The last request may still be in flight when the run ends.
    expect(checkout.responses2xx).toBeGreaterThanOrEqual(checkout.requests! - 1);
    expect(node(r, 'orders').counters.writes).toBe(checkout.requests);
    expect(r.stores.orders).toMatchObject({ type: 'table', itemCount: checkout.requests });
  });

  it('the status page gets 200 for orders already created and 404 for the others', () => {
    const created = new Map<string, string>();
    const view = r.stores.orders as { items: { orderId: { S: string }; createdAt: { S: string } }[] };
    for (const item of view.items) created.set(item.orderId.S, item.createdAt.S);
    const calls = spans(r, 'client.request', 'statusPage');
    const notFound = calls.filter((s) => s.httpStatus === 404);
    const found = calls.filter((s) => s.httpStatus === 200);
    expect(notFound.length).toBeGreaterThan(10);
    expect(found.length).toBeGreaterThan(100);
    expect(notFound.length + found.length).toBe(calls.length);
    expect(node(r, 'statusPage').counters.responses4xx).toBe(notFound.length);
    const at = (s: { start: number }) => new Date(Date.parse(r.summary.startTime) + s.start).toISOString();
    const paths = new Map(spans(r, 'api.request', 'ordersApi').map((s) => [s.traceId, s.path]));
    const id = (s: { traceId: number }) => /^\/orders\/(ord-\d+)$/.exec(paths.get(s.traceId)!)![1]!;
    // 404: not created yet when asked; 200: created before.
    for (const s of notFound) expect((created.get(id(s)) ?? '9999') > at(s)).toBe(true);
    for (const s of found) expect(created.get(id(s))! <= at(s)).toBe(true);
  });

  it('every request crosses API Gateway, a function and the table', () => {
    const sent = node(r, 'checkout').counters.requests! + node(r, 'statusPage').counters.requests!;
    expect(node(r, 'ordersApi').counters.requests).toBe(sent);
    const fns = node(r, 'createOrder').counters.invocations! + node(r, 'getOrder').counters.invocations!;
    const table = node(r, 'orders').counters;
    expect(fns).toBeGreaterThanOrEqual(sent - 1);
    expect(table.reads! + table.writes!).toBeGreaterThanOrEqual(sent - 1);
    expect(table.reads).toBe(node(r, 'getOrder').counters.invocations);
  });

  it('try: a ramp to 3,000 req/s makes concurrency and cold starts climb; reserved concurrency 50 turns throttles into 500s', async () => {
    expect(notes(flow)).toMatch(
      /ramp from 20 to 3,000 req\/s.*reserved concurrency to 50 and API Gateway answers 500 for every throttled call/s,
    );
    // A short ramp keeps the test quick; the note leaves its length open.
    const ramp = edit(flow, (f) => {
      const c = f.nodes.find((n) => n.id === 'checkout')!;
      if (c.kind === 'client') c.settings.load = { type: 'ramp', from: 20, to: 3000, durationSeconds: 2 };
    });
    const ramped = await run(ramp, 4000);
    const base = node(r, 'createOrder');
    const hot = node(ramped, 'createOrder');
    expect(hot.counters.coldStarts!).toBeGreaterThan(base.counters.coldStarts! * 5);
    expect(hot.gauges.concurrency!.max).toBeGreaterThan(base.gauges.concurrency!.max * 5);
    const capped = await run(
      edit(ramp, (f) => {
        const fn = f.nodes.find((n) => n.id === 'createOrder')!;
        if (fn.kind === 'function') fn.settings.reservedConcurrentExecutions = 50;
      }),
      4000,
    );
    const throttles = node(capped, 'createOrder').counters.throttles!;
    expect(throttles).toBeGreaterThan(0);
    const answers = spans(capped, 'client.request', 'checkout');
    expect(answers.filter((s) => s.httpStatus === 500).length).toBe(throttles);
    expect(answers.every((s) => s.httpStatus === 201 || s.httpStatus === 500)).toBe(true);
  }, 60_000);
});

describe('order-routing example', () => {
  const flow = load('order-routing');
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  });

  it('fraud check sees only orders of 500 or more; the bus says why it skipped the small one', () => {
    expect(notes(flow)).toMatch(/"Small order" event skips Fraud check because 42\.5 is below 500/);
    const checked = spans(r, 'function.invoke', 'fraudCheck');
    const totals = checked.map((s) => payloadOf<{ detail: { total: number } }>(s).detail.total);
    expect(totals).toEqual([750, 1899]);
    expect(checked.map((s) => s.logs.find((l) => l.includes('fraud check'))?.split('\t')[3])).toEqual([
      'fraud check ord-1002: score 0, ACCEPT',
      'fraud check ord-1003: score 100, REVIEW',
    ]);
    const small = spans(r, 'bus.put', 'ordersBus')[0]!.events[0]!.rules.find(
      (v) => v.rule === 'large-orders',
    )!;
    expect(small).toMatchObject({
      matched: false,
      failures: [{ path: 'detail.total', condition: 'numeric >= 500', actual: '42.5' }],
    });
  });

  it('the cancellation matches no rule and is dropped silently', () => {
    expect(notes(flow)).toMatch(/Cancellation event matches no rule, so EventBridge drops it silently/);
    const puts = spans(r, 'bus.put', 'ordersBus');
    const cancel = puts.flatMap((p) => p.events).find((e) => e.detailType === 'OrderCancelled')!;
    expect(cancel.rules.map((v) => v.matched)).toEqual([false, false]);
    const bus = node(r, 'ordersBus').counters;
    expect(bus).toMatchObject({ messagesIn: 4, matchedEvents: 3, failedInvocations: 0 });
    const cancelTrace = puts.find((p) => p.events.includes(cancel))!.traceId;
    expect(r.spans.filter((s) => s.traceId === cancelTrace && s.type === 'function.invoke')).toEqual([]);
    expect(r.summary.warnings).toEqual([]);
  });

  it('try: with the pattern [">=", 40] fraud check sees the small order too', async () => {
    expect(notes(flow)).toMatch(/change the large-orders pattern to \[">=", 40\]/);
    const lower = edit(flow, (f) => {
      const bus = f.nodes.find((n) => n.id === 'ordersBus')!;
      if (bus.kind !== 'bus') return;
      const rule = bus.settings.rules.find((x) => x.name === 'large-orders')!;
      rule.eventPattern = { ...rule.eventPattern, detail: { total: [{ numeric: ['>=', 40] }] } };
    });
    const again = await run(lower);
    const orders = spans(again, 'function.invoke', 'fraudCheck').map(
      (s) => payloadOf<{ detail: { orderId: string } }>(s).detail.orderId,
    );
    expect(orders).toEqual(['ord-1001', 'ord-1002', 'ord-1003']);
  });
});

describe('fan-out example', () => {
  const flow = load('fan-out');
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  });

  it('billing moves each expired-card message to the DLQ after 3 receives, 30 s apart; good ones are never retried', () => {
    expect(notes(flow)).toMatch(
      /one card in five is "expired".*each one is received 3 times \(30 s apart, the visibility timeout\) before SQS moves it/s,
    );
    const orders = ordersByTrace(r, 'checkout');
    const moved = spans(r, 'queue.remove', 'billingQueue');
    expect(moved.length).toBeGreaterThan(20);
    expect(node(r, 'billingDlq').counters.messagesIn).toBe(moved.length);
    for (const m of moved) {
      expect(m).toMatchObject({ reason: 'moved-to-dlq', receiveCount: 3, targetNodeId: 'billingDlq' });
      expect(orders.get(m.traceId)!.card).toBe('expired');
      const receives = spans(r, 'queue.receive', 'billingQueue').filter((s) => s.messageId === m.messageId);
      expect(receives.map((s) => s.receiveCount)).toEqual([1, 2, 3]);
      expect(receives.every((s) => s.outcome === 'item-failure')).toBe(true);
      for (let i = 1; i < 3; i++) {
        const gap = receives[i]!.start - receives[i - 1]!.start;
        expect(gap).toBeGreaterThan(29_999);
        expect(gap).toBeLessThan(31_000);
      }
    }
    // Every expired card sent early enough for 3 receives and the move (at the 4th, 90 s on) is in the DLQ.
    const sentAt = new Map(spans(r, 'client.request', 'checkout').map((s) => [s.traceId, s.start]));
    const early = [...orders].filter(
      ([t, o]) => o.card === 'expired' && sentAt.get(t)! < r.summary.durationMs - 91_000,
    );
    expect(early.length).toBeGreaterThan(20);
    const movedTraces = new Set(moved.map((m) => m.traceId));
    expect(early.filter(([t]) => !movedTraces.has(t))).toEqual([]);
    const share = [...orders.values()].filter((o) => o.card === 'expired').length / orders.size;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    const goodRetried = spans(r, 'queue.receive', 'billingQueue').filter(
      (s) => s.receiveCount > 1 && orders.get(s.traceId)!.card !== 'expired',
    );
    expect(goodRetried).toEqual([]);
  });

  it('express shipping gets only the express orders, about a third', () => {
    expect(notes(flow)).toMatch(/Express shipping queue only gets a third of the orders/);
    const orders = ordersByTrace(r, 'checkout');
    const shipped = spans(r, 'queue.send', 'shippingQueue');
    expect(shipped.every((s) => orders.get(s.traceId)!.shipping === 'express')).toBe(true);
    const express = [...orders.values()].filter((o) => o.shipping === 'express').length;
    expect(shipped.length).toBe(express);
    expect(node(r, 'shippingQueue').counters.messagesIn).toBe(express);
    expect(express / orders.size).toBeGreaterThan(0.28);
    expect(express / orders.size).toBeLessThan(0.39);
    expect(node(r, 'orderEvents').counters.filteredOut).toBe(orders.size - express);
  });

  it('try: without the filter policy shipping gets every order', async () => {
    expect(notes(flow)).toMatch(/Remove the filter policy on its subscription and compare/);
    const open = await run(
      edit(flow, (f) => {
        const e = f.edges.find((x) => x.id === 'shippingSubscription')!;
        if (e.settings.type === 'subscription') e.settings.filterPolicy = null;
      }),
    );
    expect(node(open, 'shippingQueue').counters.messagesIn).toBe(node(open, 'checkout').counters.requests);
  });

  // Without the setting, Lambda ignores a partial batch response: the handler returns
  // batchItemFailures and never throws, so every batch counts as a success and is deleted.
  it('without ReportBatchItemFailures the failed items are deleted as if processed', async () => {
    expect(notes(flow)).toMatch(
      /remove ReportBatchItemFailures from the billing mapping: Lambda ignores the handler's batchItemFailures, so expired cards are deleted as if billed and the DLQ stays empty/,
    );
    const plain = await run(
      edit(flow, (f) => {
        const e = f.edges.find((x) => x.id === 'billingMapping')!;
        if (e.settings.type === 'sqsMapping') e.settings.functionResponseTypes = [];
      }),
    );
    const receives = spans(plain, 'queue.receive', 'billingQueue');
    expect(receives.length).toBeGreaterThan(1000);
    expect(receives.filter((s) => s.receiveCount > 1)).toEqual([]);
    expect(node(plain, 'billingDlq').counters.messagesIn).toBe(0);
  });
});
