import { EventQueue } from '../src/sim/core/heap';
import { RandomStream } from '../src/sim/core/random';

/**
 * The reference: a plain typed-array heap loop with `pending` events queued, each pop
 * scheduling one new event a random (exponential) time later. No behaviours, no records.
 * Returns a checksum so the loop cannot be optimised away.
 */
export function heapLoop(events: number, pending = 100_000): number {
  const q = new EventQueue(pending * 2);
  const r = new RandomStream(1);
  let seq = 0;
  for (let i = 0; i < pending; i++) q.push(-Math.log(r.nextOpen()) * 10, seq++, i & 7, 1, i);
  let sink = 0;
  for (let i = 0; i < events; i++) {
    q.pop();
    sink += q.popArg;
    q.push(q.popTime - Math.log(r.nextOpen()) * 10, seq++, q.popTarget, q.popCode, q.popArg);
  }
  return sink;
}

/**
 * A bare heap (time and one integer, no tie-break by sequence, no payloads) with an inline
 * generator: the floor any event loop could reach here, printed for perspective.
 */
export function bareHeapLoop(events: number, pending = 100_000): number {
  const time = new Float64Array(pending + 1);
  const value = new Int32Array(pending + 1);
  let n = 0;
  let state = 12345;
  const draw = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state + 1) / 4294967297;
  };
  const push = (t: number, v: number) => {
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (time[p]! <= t) break;
      time[i] = time[p]!;
      value[i] = value[p]!;
      i = p;
    }
    time[i] = t;
    value[i] = v;
  };
  for (let i = 0; i < pending; i++) push(-Math.log(draw()) * 10, i);
  let sink = 0;
  for (let k = 0; k < events; k++) {
    const topT = time[0]!;
    const topV = value[0]!;
    const lt = time[--n]!;
    const lv = value[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && time[c + 1]! < time[c]!) c++;
      if (lt <= time[c]!) break;
      time[i] = time[c]!;
      value[i] = value[c]!;
      i = c;
    }
    time[i] = lt;
    value[i] = lv;
    sink += topV;
    push(topT - Math.log(draw()) * 10, topV);
  }
  return sink;
}
