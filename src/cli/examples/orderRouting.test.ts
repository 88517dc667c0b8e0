import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import {
  count,
  edit,
  loadExample,
  logged,
  nodeOf,
  notesOf,
  payloadOf,
  spans,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('order-routing');
const run = sharedPool();

type Detail = { detail: { orderId: string; total: number } };
const ordersAt = (r: RunResult, fn: string) =>
  spans(r, 'function.invoke', fn).map((s) => payloadOf<Detail>(s).detail.orderId);

const withRule = (name: string, change: (pattern: Record<string, unknown>) => Record<string, unknown>) =>
  edit(flow, (f) => {
    const rule = nodeOf(f, 'ordersBus', 'bus').settings.rules.find((x) => x.name === name)!;
    rule.eventPattern = change(rule.eventPattern);
  });

describe('order-routing example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  }, SLOW);

  it('fraud check sees only orders of 500 or more; the bus says why it skipped the small one', () => {
    expect(notesOf(flow)).toMatch(/"Small order" event skips Fraud check because 42\.5 is below 500/);
    const checked = spans(r, 'function.invoke', 'fraudCheck');
    expect(checked.map((s) => payloadOf<Detail>(s).detail.total)).toEqual([750, 1899]);
    expect(checked.map((s) => logged(s).find((l) => l.startsWith('fraud check')))).toEqual([
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

  it('the prefix rule sends VIP- coupons to customer care; the large VIP order reaches all three functions', () => {
    expect(notesOf(flow)).toMatch(
      /coupons that start with "VIP-" reach Customer care; "WELCOME10" and orders without a coupon do not\. One event can match several rules: the Large order goes to all three functions/,
    );
    expect(ordersAt(r, 'customerCare')).toEqual(['ord-1002', 'ord-1004']);
    expect(ordersAt(r, 'sendConfirmation')).toEqual([
      'ord-1001',
      'ord-1002',
      'ord-1003',
      'ord-1004',
      'ord-1005',
    ]);
    const large = spans(r, 'bus.put', 'ordersBus')[1]!.events[0]!;
    expect(large.rules.filter((v) => v.matched).map((v) => v.rule)).toEqual([
      'order-placed',
      'large-orders',
      'vip-coupons',
    ]);
    const coupon = spans(r, 'bus.put', 'ordersBus')[4]!.events[0]!.rules.find(
      (v) => v.rule === 'vip-coupons',
    )!;
    expect(coupon).toMatchObject({
      matched: false,
      failures: [{ path: 'detail.coupon', actual: '"WELCOME10"' }],
    });
  });

  it('the misspelled order-cancelled rule matches nothing, so the cancellation is dropped silently', () => {
    expect(notesOf(flow)).toMatch(
      /the order-cancelled rule matches nothing, on purpose\. It asks for "OrderCanceled" but Order service sends "OrderCancelled".*drops the Cancellation event silently/s,
    );
    const puts = spans(r, 'bus.put', 'ordersBus');
    const cancel = puts.flatMap((p) => p.events).find((e) => e.detailType === 'OrderCancelled')!;
    expect(cancel.rules.map((v) => v.matched)).toEqual([false, false, false, false]);
    expect(cancel.rules.find((v) => v.rule === 'order-cancelled')!.failures).toMatchObject([
      { path: 'detail-type', actual: '"OrderCancelled"' },
    ]);
    expect(count(r, 'ordersBus', 'messagesIn')).toBe(6);
    expect(count(r, 'ordersBus', 'matchedEvents')).toBe(5);
    expect(count(r, 'ordersBus', 'failedInvocations')).toBe(0);
    const cancelTrace = puts.find((p) => p.events.includes(cancel))!.traceId;
    expect(r.spans.filter((s) => s.traceId === cancelTrace && s.type === 'function.invoke')).toEqual([]);
    expect(r.summary.warnings).toEqual([]);
  });

  it(
    'try: with the spelling fixed, customer care gets the cancellation',
    async () => {
      expect(notesOf(flow)).toMatch(/Fix the spelling and simulate again: Customer care gets it/);
      const fixed = await run(
        withRule('order-cancelled', (p) => ({ ...p, 'detail-type': ['OrderCancelled'] })),
      );
      const care = spans(fixed, 'function.invoke', 'customerCare');
      expect(care.map((s) => payloadOf<{ 'detail-type': string }>(s)['detail-type'])).toEqual([
        'OrderPlaced',
        'OrderPlaced',
        'OrderCancelled',
      ]);
      expect(logged(care[2]!)).toContain(
        'cancellation of ord-1001 (changed my mind): refund and follow-up call',
      );
    },
    SLOW,
  );

  it(
    'try: with the pattern [">=", 40] fraud check sees every order',
    async () => {
      expect(notesOf(flow)).toMatch(/change the large-orders pattern to \[">=", 40\]/);
      const lower = await run(
        withRule('large-orders', (p) => ({ ...p, detail: { total: [{ numeric: ['>=', 40] }] } })),
      );
      expect(ordersAt(lower, 'fraudCheck')).toEqual([
        'ord-1001',
        'ord-1002',
        'ord-1003',
        'ord-1004',
        'ord-1005',
      ]);
    },
    SLOW,
  );
});
