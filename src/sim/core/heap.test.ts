import { describe, expect, it } from 'vitest';
import { EventQueue } from './heap';
import { RandomStream } from './random';

describe('EventQueue', () => {
  it('pops in (time, seq) order with 100k+ pending, growing past its capacity', () => {
    const q = new EventQueue(8);
    const r = new RandomStream(7);
    const n = 120_000;
    for (let i = 0; i < n; i++)
      q.push(Math.floor(r.next() * 1000), i, i % 13, i % 5, i, i % 3 === 0 ? { i } : undefined);
    expect(q.size).toBe(n);
    let lastT = -1;
    let lastS = -1;
    let count = 0;
    while (q.pop()) {
      const ok = q.popTime > lastT || (q.popTime === lastT && q.popSeq > lastS);
      if (!ok) throw new Error(`out of order at ${count}`);
      if (q.popTarget !== q.popArg % 13) throw new Error('fields mixed up');
      const p = q.popPayload as { i: number } | undefined;
      if (q.popArg % 3 === 0 ? p?.i !== q.popArg : p !== undefined) throw new Error('payload mixed up');
      lastT = q.popTime;
      lastS = q.popSeq;
      count++;
    }
    expect(count).toBe(n);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('breaks ties by sequence number, not insertion position', () => {
    const q = new EventQueue();
    q.push(5, 3, 0, 0, 3);
    q.push(5, 1, 0, 0, 1);
    q.push(5, 2, 0, 0, 2);
    q.push(4, 9, 0, 0, 9);
    const out: number[] = [];
    while (q.pop()) out.push(q.popArg);
    expect(out).toEqual([9, 1, 2, 3]);
  });

  it('reuses payload slots without leaking old payloads', () => {
    const q = new EventQueue(2);
    q.push(1, 0, 0, 0, 0, 'a');
    q.pop();
    q.push(2, 1, 0, 0, 0);
    q.pop();
    expect(q.popPayload).toBeUndefined();
  });
});
