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
  tableItems,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('saga');
const run = sharedPool();

interface Order {
  orderId: string;
  sku: string;
  qty: number;
  card: string;
}

const ordersOf = (r: RunResult) => spans(r, 'client.request', 'shop').map((s) => payloadOf<Order>(s));
const statusOf = (r: RunResult) =>
  new Map(tableItems(r, 'orders').map((i) => [i.orderId as string, i.status]));
const reservedOf = (r: RunResult) =>
  new Map(tableItems(r, 'inventory').map((i) => [i.sku as string, i.reserved]));

/** Quantity per sku over some orders. */
function quantities(orders: Order[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) out.set(o.sku, (out.get(o.sku) ?? 0) + o.qty);
  return out;
}

describe('saga example', () => {
  let r: RunResult;
  let orders: Order[];
  beforeAll(async () => {
    r = await run(flow);
    orders = ordersOf(r);
  }, SLOW);

  it('each order is one trace: OrderPlaced, reserve stock, StockReserved, charge payment', () => {
    expect(notesOf(flow)).toMatch(
      /each order is a chain of events on Saga bus: OrderPlaced wakes Reserve stock, whose StockReserved wakes Charge payment\. No step calls another\. Open one order's trace to follow the whole saga/,
    );
    const first = spans(r, 'client.request', 'shop')[0]!;
    const trace = r.spans.filter((s) => s.traceId === first.traceId && s.type === 'function.invoke');
    const steps = trace.sort((a, b) => a.start - b.start).map((s) => s.nodeId);
    expect(steps.slice(0, 3)).toEqual(['placeOrder', 'reserveStock', 'chargePayment']);
    expect(steps.at(-1)).toBe('finishOrder');
    const types = spans(r, 'bus.put', 'sagaBus')
      .filter((s) => s.traceId === first.traceId)
      .flatMap((s) => s.events.map((e) => e.detailType));
    expect(types.slice(0, 2)).toEqual(['OrderPlaced', 'StockReserved']);
    // Every function is invoked by a rule of the bus (asynchronously), but the first.
    for (const fn of ['reserveStock', 'chargePayment', 'releaseStock', 'finishOrder'])
      expect(
        spans(r, 'function.invoke', fn).every((s) => s.invocationType === 'Event'),
        fn,
      ).toBe(true);
  });

  it('a declined card is compensated: stock released, order cancelled; reserved stock matches confirmed orders', () => {
    expect(notesOf(flow)).toMatch(
      /one card in five is declined\. Charge payment publishes PaymentFailed and the compensation runs: Release stock gives the reservation back \(StockReleased\), then Finish order marks the order CANCELLED\. In the end every order is CONFIRMED or CANCELLED, and Inventory's reserved counts equal the quantities of confirmed orders only/,
    );
    const declined = orders.filter((o) => o.card === 'declined');
    expect(declined.length / orders.length).toBeGreaterThan(0.1);
    expect(declined.length / orders.length).toBeLessThan(0.35);
    // Orders stop at 40 s; by 60 s every saga has finished.
    const status = statusOf(r);
    expect(status.size).toBe(orders.length);
    for (const o of orders)
      expect(status.get(o.orderId), o.orderId).toBe(o.card === 'declined' ? 'CANCELLED' : 'CONFIRMED');
    const released = spans(r, 'function.invoke', 'releaseStock').map(
      (s) => payloadOf<{ detail: Order }>(s).detail.orderId,
    );
    expect(released.sort()).toEqual(declined.map((o) => o.orderId).sort());
    const confirmed = quantities(orders.filter((o) => o.card !== 'declined'));
    expect(reservedOf(r)).toEqual(confirmed);
    expect(count(r, 'orders', 'conditionalCheckFailed')).toBe(0);
  });

  it(
    'try: without the payment-failed rule, declined orders stay PENDING with their stock reserved',
    async () => {
      expect(notesOf(flow)).toMatch(
        /disable the payment-failed rule \(its State\)\. Declined orders then stay PENDING and keep their stock reserved for ever/,
      );
      const broken = await run(
        edit(flow, (f) => {
          nodeOf(f, 'sagaBus', 'bus').settings.rules.find((x) => x.name === 'payment-failed')!.state =
            'DISABLED';
        }),
      );
      expect(count(broken, 'releaseStock', 'invocations')).toBe(0);
      const status = statusOf(broken);
      const all = ordersOf(broken);
      for (const o of all)
        expect(status.get(o.orderId), o.orderId).toBe(o.card === 'declined' ? 'PENDING' : 'CONFIRMED');
      expect(reservedOf(broken)).toEqual(quantities(all));
    },
    SLOW,
  );
});
