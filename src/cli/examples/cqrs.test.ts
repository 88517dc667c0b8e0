import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import {
  edgeOf,
  edit,
  loadExample,
  logged,
  notesOf,
  payloadOf,
  spans,
  tableItems,
  sharedPool,
  SLOW,
} from './harness';

const flow = loadExample('cqrs');
const run = sharedPool();

/** How far behind the command each projected batch was, from Project cart's log. */
const lags = (r: RunResult) =>
  spans(r, 'function.invoke', 'projectCart').flatMap((s) =>
    logged(s).flatMap((l) => {
      const m = /oldest was (\d+) ms behind the command/.exec(l);
      return m ? [Number(m[1])] : [];
    }),
  );

/** Queries, each with the lines its cart had in the write model and what the read model showed. */
function queries(r: RunResult): { cart: string; shown: number; written: number }[] {
  const writes = spans(r, 'table.request', 'cartLines').map((s) => ({
    at: s.start,
    cart: /"cartId":\{"S":"(cart-\d+)"\}/.exec(s.payload!)![1]!,
  }));
  const reads = new Map(
    spans(r, 'table.request', 'cartSummaries')
      .filter((s) => s.operation === 'GetItem')
      .map((s) => [s.traceId, s.start]),
  );
  return spans(r, 'function.invoke', 'getCart').map((s) => {
    const [, cart, shown] = /^(cart-\d+): (\d+) lines/.exec(logged(s)[0]!)!;
    const at = reads.get(s.traceId)!;
    return {
      cart: cart!,
      shown: Number(shown),
      written: writes.filter((w) => w.cart === cart && w.at < at).length,
    };
  });
}

describe('cqrs example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  }, SLOW);

  it('the read model lags the commands by at most about a second; queries in between see the old summary', () => {
    expect(notesOf(flow)).toMatch(
      /shows in Cart summaries \(read model\) only after Project cart has read it from the stream of Cart lines \(write model\): at most about a second later here.*A query in between gets the old summary: the read side is eventually consistent\. Project cart's log says how far behind each batch was/s,
    );
    const behind = lags(r);
    expect(behind.length).toBeGreaterThan(30);
    expect(Math.max(...behind)).toBeLessThan(1500);
    expect(Math.max(...behind)).toBeGreaterThan(500);
    const q = queries(r);
    expect(q.length).toBeGreaterThan(200);
    // Never ahead of the write model; sometimes behind it.
    expect(q.every((x) => x.shown <= x.written)).toBe(true);
    const stale = q.filter((x) => x.shown < x.written).length;
    expect(stale).toBeGreaterThan(0);
    expect(stale / q.length).toBeLessThan(0.25);
  });

  it('once the commands stop, every summary matches the lines of its cart', () => {
    expect(notesOf(flow)).toMatch(
      /the commands stop at 40 s and the read model catches up: every summary then matches the lines of its cart/,
    );
    const byCart = new Map<string, { lines: number; itemCount: number; total: number }>();
    const lines = tableItems(r, 'cartLines');
    expect(lines.length).toBe(spans(r, 'client.request', 'shoppers').length);
    for (const l of lines) {
      const c = byCart.get(l.cartId as string) ?? { lines: 0, itemCount: 0, total: 0 };
      c.lines++;
      c.itemCount += l.qty as number;
      c.total += (l.qty as number) * (l.price as number);
      byCart.set(l.cartId as string, c);
    }
    const summaries = tableItems(r, 'cartSummaries');
    expect(summaries.length).toBe(byCart.size);
    for (const s of summaries)
      expect({ lines: s.lines, itemCount: s.itemCount, total: s.total }, s.cartId as string).toEqual(
        byCart.get(s.cartId as string),
      );
    const lastCommand = Math.max(...spans(r, 'client.request', 'shoppers').map((s) => s.start));
    expect(lastCommand).toBeLessThan(40_000);
    expect(payloadOf<{ lineId: string }>(spans(r, 'client.request', 'shoppers')[0]!).lineId).toMatch(
      /^line-\d+$/,
    );
  });

  it(
    'try: a 5 s batching window makes the read model lag up to about 5 s, and more queries see a stale cart',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the Batching window of the stream mapping to 5 s \(fewer, bigger batches\)\. The read model now lags up to about 5 s, and many more queries see a stale cart/,
      );
      const slow = await run(
        edit(flow, (f) => {
          edgeOf(f, 'linesStream', 'streamMapping').maximumBatchingWindowInSeconds = 5;
        }),
      );
      const behind = lags(slow);
      expect(Math.max(...behind)).toBeGreaterThan(4000);
      expect(Math.max(...behind)).toBeLessThan(6500);
      const staleOf = (x: RunResult) => queries(x).filter((q) => q.shown < q.written).length;
      expect(staleOf(slow)).toBeGreaterThan(staleOf(r) * 2.5);
    },
    SLOW,
  );
});
