import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { count, edgeOf, edit, loadExample, notesOf, payloadOf, spans, sharedPool, SLOW } from './harness';

const flow = loadExample('fan-out');
const run = sharedPool();

interface Order {
  orderId: string;
  total: number;
  shipping: string;
  card: string;
  channel: string;
}

/** The order a client sent, by trace (client payloads are short: never cut). */
const ordersByTrace = (r: RunResult) =>
  new Map(spans(r, 'client.request', 'checkout').map((s) => [s.traceId, payloadOf<Order>(s)]));

describe('fan-out example', () => {
  let r: RunResult;
  let orders: Map<number, Order>;
  beforeAll(async () => {
    r = await run(flow);
    orders = ordersByTrace(r);
  }, SLOW);

  it('billing moves each expired-card message to the DLQ after 3 receives, 30 s apart; good ones are never retried', () => {
    expect(notesOf(flow)).toMatch(
      /one card in five is "expired".*each one is received 3 times \(30 s apart, the visibility timeout\) before SQS moves it/s,
    );
    const moved = spans(r, 'queue.remove', 'billingQueue');
    expect(moved.length).toBeGreaterThan(20);
    expect(count(r, 'billingDlq', 'messagesIn')).toBe(moved.length);
    const receives = spans(r, 'queue.receive', 'billingQueue');
    for (const m of moved) {
      expect(m).toMatchObject({ reason: 'moved-to-dlq', receiveCount: 3, targetNodeId: 'billingDlq' });
      expect(orders.get(m.traceId)!.card).toBe('expired');
      const mine = receives.filter((s) => s.messageId === m.messageId);
      expect(mine.map((s) => s.receiveCount)).toEqual([1, 2, 3]);
      expect(mine.every((s) => s.outcome === 'item-failure')).toBe(true);
      for (let i = 1; i < 3; i++) {
        const gap = mine[i]!.start - mine[i - 1]!.start;
        expect(gap).toBeGreaterThan(29_999);
        expect(gap).toBeLessThan(31_000);
      }
    }
    // Every billed expired card sent early enough for 3 receives and the move (at the 4th, 90 s on) is in the DLQ.
    const sentAt = new Map(spans(r, 'client.request', 'checkout').map((s) => [s.traceId, s.start]));
    const early = [...orders].filter(
      ([t, o]) =>
        o.card === 'expired' && o.channel !== 'qa' && sentAt.get(t)! < r.summary.durationMs - 91_000,
    );
    expect(early.length).toBeGreaterThan(20);
    const movedTraces = new Set(moved.map((m) => m.traceId));
    expect(early.filter(([t]) => !movedTraces.has(t))).toEqual([]);
    const share = [...orders.values()].filter((o) => o.card === 'expired').length / orders.size;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    const goodRetried = receives.filter(
      (s) => s.receiveCount > 1 && orders.get(s.traceId)!.card !== 'expired',
    );
    expect(goodRetried).toEqual([]);
  });

  it('each subscription filters on the body: all but QA, express only (a third), totals of 500 or more', () => {
    expect(notesOf(flow)).toMatch(
      /Billing queue gets every order but the QA test ones \(anything-but\), Express shipping queue only a third of the orders \(express\), Large order review queue only totals of 500 or more \(numeric\)/,
    );
    const got = (queue: string) => spans(r, 'queue.send', queue).map((s) => orders.get(s.traceId)!);
    const all = [...orders.values()];
    const check = (queue: string, wanted: (o: Order) => boolean) => {
      const received = got(queue);
      expect(received.every(wanted), queue).toBe(true);
      expect(received.length, queue).toBe(all.filter(wanted).length);
      expect(count(r, queue, 'messagesIn'), queue).toBe(received.length);
      return received.length;
    };
    const billed = check('billingQueue', (o) => o.channel !== 'qa');
    const express = check('shippingQueue', (o) => o.shipping === 'express');
    const large = check('reviewQueue', (o) => o.total >= 500);
    expect(billed).toBeLessThan(all.length);
    expect(express / all.length).toBeGreaterThan(0.28);
    expect(express / all.length).toBeLessThan(0.39);
    expect(large).toBeGreaterThan(100);
    expect(count(r, 'orderEvents', 'filteredOut')).toBe(3 * all.length - billed - express - large);
    const logs = spans(r, 'function.invoke', 'reviewOrder').flatMap((s) => s.logs);
    expect(logs.some((l) => /manual review for ord-\d+: total \d+/.test(l))).toBe(true);
  });

  it(
    'try: without the filter policy shipping gets every order',
    async () => {
      expect(notesOf(flow)).toMatch(
        /remove the filter policy of the express shipping subscription and simulate again: Express shipping queue gets every order/,
      );
      const open = await run(
        edit(flow, (f) => {
          edgeOf(f, 'shippingSubscription', 'subscription').filterPolicy = null;
        }),
        { durationMs: 30_000 },
      );
      expect(count(open, 'shippingQueue', 'messagesIn')).toBe(count(open, 'checkout', 'requests'));
    },
    SLOW,
  );

  it(
    'try: with Maximum receives 1 an expired card moves at its second receive, 30 s after the first',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set Maximum receives of Billing queue's redrive to 1: an expired card moves to Billing DLQ at its second receive, 30 s after the first/,
      );
      const once = await run(
        edit(flow, (f) => {
          edgeOf(f, 'billingRedrive', 'deadLetter').maxReceiveCount = 1;
        }),
        { durationMs: 40_000 },
      );
      const moved = spans(once, 'queue.remove', 'billingQueue');
      expect(moved.length).toBeGreaterThan(5);
      for (const m of moved) {
        expect(m.receiveCount).toBe(1);
        const first = spans(once, 'queue.receive', 'billingQueue').filter((s) => s.messageId === m.messageId);
        expect(first.length).toBe(1);
        expect(m.start - first[0]!.start).toBeGreaterThan(29_999);
        expect(m.start - first[0]!.start).toBeLessThan(31_000);
      }
    },
    SLOW,
  );
});
